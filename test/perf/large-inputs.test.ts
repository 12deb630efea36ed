// Wall-clock budgets for large inputs (npm run test:perf, not npm test): each large HTML page in its own
// process, killed at a deadline, and the task linker on a long report. npm test checks the same inputs for
// correctness and bounds their work by counting; here the time is what is measured.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { makeLinker } from '../../core/compare/link';

const root = join(__dirname, '../..');

// Deadline per large case. The 10 MB page takes about 1.5 s here (parse + extract); a deadline far
// above that still fails quadratic behaviour, which takes minutes on these inputs.
const DEADLINE_MS = 12_000;

describe('extractPage on large pages, within a deadline', () => {
  for (const name of [
    'page-10mb',
    'nested-divs-5000',
    'nested-mixed-2000',
    'nested-tables-1000',
    'many-tables-2000',
    'huge-spans-2000',
  ]) {
    it(name, () => {
      const t0 = performance.now();
      const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'test/fuzz/page-worker.ts'), name], {
        cwd: root,
        encoding: 'utf8',
        timeout: DEADLINE_MS,
        maxBuffer: 1 << 20,
      });
      const wall = performance.now() - t0;
      expect(run.signal, `${name} was killed after ${wall.toFixed(0)} ms (deadline ${DEADLINE_MS} ms)`).toBeNull();
      expect(run.status, `${name} exited ${run.status}: ${run.stderr.slice(-2000)}`).toBe(0);
      const out = JSON.parse(run.stdout.trim().split('\n').pop()!);
      console.log(
        `${name}: parse ${out.parseMs.toFixed(0)} ms, extract ${out.ms.toFixed(0)} ms, text ${out.textLength} chars`,
      );
      expect(out.problems).toEqual([]);
      if (out.found !== null) expect(out.found, `${name}: the report text is missing from the page text`).toBe(true);
    });
  }
});

describe('task linking', () => {
  it('stays fast on a long report and many tasks (indexed, not all-pairs)', () => {
    const sentences = Array.from({ length: 6000 }, (_, i) => `推進第${i}號重點項目建設,完成投資${i % 97}億元。`);
    const big = makeLinker(sentences.join(''));
    const t0 = performance.now();
    for (let i = 0; i < 600; i++)
      expect(big(`推进第${i * 10}号重点项目建设,完成投资${(i * 10) % 97}亿元。`).match).toBe('exact');
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
