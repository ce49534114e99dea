/**
 * Debian's chromium for the browser tests and the viz benchmark, driven by playwright-core. Never a downloaded
 * browser: when /usr/bin/chromium is missing and we are root, apt installs it (with a CJK font so that Chinese
 * labels render in screenshots); otherwise we say what to run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.KG_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_PACKAGES = ['chromium', 'fonts-noto-cjk'];
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** The chromium binary, installing it through apt when we can; throws a one-line "what to do" otherwise. */
export function ensureChromium(log: (m: string) => void = (m) => console.error(m)): string {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  const how = `apt-get update && apt-get install -y ${CHROMIUM_PACKAGES.join(' ')}`;
  if (!isRoot())
    throw new Error(
      `browser: ${CHROMIUM_PATH} not found; install Debian's chromium with \`sudo ${how}\` (or set KG_CHROMIUM).`,
    );
  log(`browser: ${CHROMIUM_PATH} not found; running \`${how}\` …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
  const install =
    update.status === 0
      ? spawnSync('apt-get', ['install', '-y', '-q', ...CHROMIUM_PACKAGES], { stdio: 'inherit', env })
      : update;
  if (install.status !== 0 || !existsSync(CHROMIUM_PATH))
    throw new Error(`browser: installing chromium failed; run \`${how}\` by hand and retry.`);
  return CHROMIUM_PATH;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Headless chromium with a fresh, throw-away profile. */
export async function launchChromium(
  opts: { viewport?: { width: number; height: number }; downloadsPath?: string } = {},
): Promise<LaunchedBrowser> {
  const executablePath = ensureChromium();
  const { chromium } = await import('playwright-core');
  const profile = await mkdtemp(join(tmpdir(), 'kg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    acceptDownloads: true,
    ...(opts.downloadsPath ? { downloadsPath: opts.downloadsPath } : {}),
  });
  return {
    context,
    async close() {
      await context.close().catch(() => {});
      await rm(profile, { recursive: true, force: true });
    },
  };
}
