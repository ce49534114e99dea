/**
 * The page is built by Vite into viz/dist (git-ignored). `kg serve` rebuilds it when dist is missing or older than
 * any source it is made from, so a fresh clone works without a separate build step. The build goes to a temporary
 * folder that replaces dist at the end, so a server started meanwhile never sees half a build.
 */
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const VIZ_DIR = join(REPO_ROOT, 'viz');
export const VIZ_DIST = join(VIZ_DIR, 'dist');

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(path)) newest = Math.max(newest, await newestMtime(join(path, entry)));
  return newest;
}

/** Sources the bundle is made from: the page, its config, and the few src/ modules it imports types/constants from. */
export function vizSources(): string[] {
  return [
    join(VIZ_DIR, 'index.html'),
    join(VIZ_DIR, 'vite.config.ts'),
    join(VIZ_DIR, 'src'),
    join(REPO_ROOT, 'src/core/graph/schema.ts'),
    join(REPO_ROOT, 'src/adapters/http/api-types.ts'),
    join(REPO_ROOT, 'package-lock.json'),
  ];
}

export async function isVizStale(): Promise<boolean> {
  const built = await stat(join(VIZ_DIST, 'index.html')).catch(() => null);
  if (!built) return true;
  const sources = await Promise.all(vizSources().map(newestMtime));
  return Math.max(...sources) > built.mtimeMs;
}

export async function buildViz(log: (msg: string) => void = () => {}): Promise<void> {
  const tmp = join(VIZ_DIR, `.dist-${process.pid}-${Date.now()}`);
  log('kg serve: building the explorer page (viz/ → viz/dist)…');
  const { build } = await import('vite');
  try {
    await build({
      configFile: join(VIZ_DIR, 'vite.config.ts'),
      build: { outDir: tmp, emptyOutDir: true },
      logLevel: 'warn',
    });
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw new Error(
      `kg serve: building viz/ failed (${(e as Error).message.split('\n')[0]}); run \`npm run build:viz\` to see why.`,
      { cause: e },
    );
  }
  await rm(VIZ_DIST, { recursive: true, force: true });
  await rename(tmp, VIZ_DIST).catch(async () => rm(tmp, { recursive: true, force: true }));
}

export async function ensureVizBuilt(log?: (msg: string) => void): Promise<void> {
  if (await isVizStale()) await buildViz(log);
}
