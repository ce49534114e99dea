/**
 * Seeded fuzzing of decodeReport → repairText → extractDocument (with the real gazetteer): random bytes, truncated
 * GBK, surrogates, NUL, empty files, a 1 MB line (10 MB with KG_FUZZ_SLOW=1), long runs of one character. Nothing
 * may crash; a bad file is a ReportInputError that names it and says what to do; nothing may hang, and no graph may
 * grow faster than its report. The deadline is wall time and generous (a guard against hangs and blow-ups, not a
 * speed target: speed lives in npm run bench:hostile). A case may name a known culprit: `slowExtract` runs its
 * extraction only with KG_FUZZ_SLOW=1, `knownBug` is expected to fail until the culprit is fixed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseRunner, type RunResult } from './case-runner.ts';
import { FULL as SLOW, fuzzCases } from './cases.ts';

/** KG_FUZZ_SLOW=1 runs 1 MB runs and a 10 MB line: still a guard against hangs, scaled to the sizes. */
const DEADLINE_MS = SLOW ? 300_000 : 20_000;
/** The seeds' graphs are 50–90 JSON characters per report character (evidence, sentences, hierarchy): a graph far
 * larger than this grows faster than its report. */
const MAX_GRAPH_CHARS_PER_CHAR = 400;
const GRAPH_SLACK_CHARS = 200_000;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('hostile input: reader and extractor', () => {
  const runner = new CaseRunner();
  const timings: Array<[string, RunResult]> = [];
  beforeAll(() => runner.start(), 180_000); // the worker loads the gazetteer (built on a cold cache)
  afterAll(async () => {
    await runner.stop();
    if (process.env.KG_FUZZ_REPORT) for (const [name, r] of timings) console.log(name, JSON.stringify(r));
  });

  for (const c of fuzzCases()) {
    const extract = !c.slowExtract || SLOW;
    const title = c.knownBug
      ? `${c.name} (known to fail: ${c.knownBug})`
      : extract
        ? c.name
        : `${c.name} (extraction not run: ${c.slowExtract})`;
    // a known bug is expected to fail: when it is fixed this test fails too, and the marker should go
    (c.knownBug ? it.fails : it)(
      title,
      async () => {
        const file = `fuzz/${c.name}.txt`;
        const r = await runner.run(c.name, file, extract, DEADLINE_MS);
        timings.push([c.name, r]);
        expect(r.outcome, `${c.name}: ${JSON.stringify(r)}`).not.toBe('timeout');
        expect(r.outcome, `${c.name}: ${JSON.stringify(r)}`).not.toBe('crash');
        if (r.outcome === 'input-error') {
          // one line: the file, what is wrong, what to do
          expect(r.message).toMatch(new RegExp(`^${escape(file)}: [^\\n]+; [^\\n]+$`));
        }
        if (c.expect === 'rejected') expect(r.outcome).toBe('input-error');
        if (c.expect === 'accepted') expect(r.outcome).toBe('ok');
        if (r.outcome === 'ok' && r.extracted)
          expect(r.graphChars, `${c.name}: graph size`).toBeLessThanOrEqual(
            MAX_GRAPH_CHARS_PER_CHAR * r.chars + GRAPH_SLACK_CHARS,
          );
      },
      DEADLINE_MS + 30_000,
    );
  }
});
