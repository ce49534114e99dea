/** `kg serve` as a user runs it: a child process that prints its URL, serves page + API, and fails in one line. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { StatusPayload } from '../../src/adapters/http/api-types.ts';
import { REPO_ROOT } from '../../src/adapters/http/viz-build.ts';
import { miniGraph } from './fixtures/mini-graph.ts';

const KG = join(REPO_ROOT, 'src/cli/kg.js');
const children: ChildProcess[] = [];
let dir: string | undefined;

afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  if (dir) await rm(dir, { recursive: true, force: true });
});

function run(args: string[]): {
  child: ChildProcess;
  url: Promise<string>;
  done: Promise<{ code: number | null; stderr: string }>;
} {
  const child = spawn(process.execPath, [KG, 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
      const m = /explorer at (http:\/\/\S+)/.exec(stdout);
      if (m) resolve(m[1]!);
    });
    child.once('exit', () => reject(new Error(`kg serve exited: ${stderr}`)));
  });
  url.catch(() => {});
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, stderr })),
  );
  return { child, url, done };
}

describe('kg serve', () => {
  it('serves a graph.json on loopback and stops on SIGTERM', async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-serve-cli-'));
    const file = join(dir, 'graph.json');
    await writeFile(file, JSON.stringify(miniGraph()));
    const { child, url, done } = run([file, '--port', '0', '--no-neo4j']);
    const base = await url;
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const status = (await (await fetch(new URL('/api/status', base))).json()) as StatusPayload;
    expect(status.graph.nodes).toBe(miniGraph().nodes.length);
    const page = await (await fetch(base)).text();
    expect(page).toMatch(/<script type="module"[^>]+src="\.\/assets\/index-[\w-]+\.js"/);
    child.kill('SIGTERM');
    expect((await done).code).toBe(0);
  }, 120_000);

  it.each([
    [['/nonexistent/graph.json'], /^kg serve: cannot read \/nonexistent\/graph\.json \(ENOENT\)/],
    [['a.json', 'b.json'], /^kg serve: give one graph\.json/],
    [['--port', 'x', 'g.json'], /^kg serve: --port x is not a port number/],
  ])(
    'fails in one line with exit code 2: %j',
    async (args, message) => {
      const { done } = run([...args, '--no-neo4j']);
      const { code, stderr } = await done;
      expect(code).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr.trim()).toMatch(message);
    },
    60_000,
  );
});
