/**
 * Installing the local Neo4j: Maven copies Neo4j Community 5.26 and Neo4j Browser (declared in neo4j/pom.xml) from
 * Maven Central into neo4j/lib/. A marker file is written only after Maven succeeds, so an interrupted download is
 * resumed rather than taken for a complete install.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NEO4J_LIB_DIR, NEO4J_PROJECT_DIR } from './paths.ts';

const MARKER = join(NEO4J_LIB_DIR, '.installed');
/** Test files start servers in parallel workers; one of them downloads while the others wait. */
const LOCK = join(NEO4J_LIB_DIR, '.installing');
const STALE_LOCK_MS = 15 * 60_000;

async function withInstallLock(work: () => Promise<void>): Promise<void> {
  mkdirSync(NEO4J_LIB_DIR, { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      const lock = statSync(LOCK, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  try {
    await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** The pom.xml's content is recorded in the marker, so changing a version in the pom triggers a fresh copy. */
function pomFingerprint(): string {
  return readFileSync(join(NEO4J_PROJECT_DIR, 'pom.xml'), 'utf8');
}

export function isNeo4jInstalled(): boolean {
  return existsSync(MARKER) && readFileSync(MARKER, 'utf8') === pomFingerprint();
}

/** `mvn dependency:copy-dependencies` into neo4j/lib when missing; idempotent and instant when present. */
export async function installNeo4j(opts: { quiet?: boolean } = {}): Promise<void> {
  if (isNeo4jInstalled()) return;
  await withInstallLock(async () => {
    if (!isNeo4jInstalled()) await runMaven(opts);
  });
}

async function runMaven(opts: { quiet?: boolean }): Promise<void> {
  if (!opts.quiet)
    process.stderr.write('kg neo4j: downloading Neo4j 5.26 and Neo4j Browser from Maven Central into neo4j/lib …\n');
  const args = ['-B', '-q', '-f', join(NEO4J_PROJECT_DIR, 'pom.xml'), 'dependency:copy-dependencies'];
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn('mvn', args, { stdio: ['ignore', opts.quiet ? 'ignore' : 'inherit', 'inherit'] });
    child.on('error', (err: NodeJS.ErrnoException) =>
      reject(
        new Error(
          err.code === 'ENOENT'
            ? 'kg neo4j: Maven (mvn) is not installed; install it (Debian: apt-get install maven) and retry.'
            : `kg neo4j: could not run mvn: ${err.message}`,
        ),
      ),
    );
    child.on('exit', (c) => resolve(c ?? 1));
  });
  if (code !== 0) {
    throw new Error(
      `kg neo4j: mvn dependency:copy-dependencies failed (exit ${code}); check network access to Maven Central and retry.`,
    );
  }
  writeFileSync(MARKER, pomFingerprint());
}
