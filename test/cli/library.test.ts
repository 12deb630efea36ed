// The library command: a fresh library from files in the order given, one JSON object per record.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from './run';
import { SEED, baseline, brief, corpusText } from '../shapes/corpus';
import { halves, trsName, trsPages } from '../shapes/pages';

// Each test spawns the command (a Node start and a TypeScript load): slow on a busy machine, never wrong.

let dir = '';
const at = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gwr-library-'));
  writeFileSync(at('seed.txt'), SEED.map(corpusText).join(''));
  const [a, b] = halves('gaoan-2023-gwr');
  writeFileSync(at('gaoan-1.txt'), a);
  writeFileSync(at('gaoan-2.txt'), b);
  trsPages('ningbo-2023-gwr').forEach((html, i) => writeFileSync(at(trsName(i)), html));
  writeFileSync(at('news.txt'), '本报讯 市长作政府工作报告。');
});

describe('library', () => {
  it('splits, merges parts and keeps duplicates once; bad files on stderr, exit 1; survives a pipe', () => {
    const files = [
      at('gaoan-2.txt'),
      at(trsName(2)),
      at('gaoan-1.txt'),
      at(trsName(0)),
      at('seed.txt'),
      at('news.txt'),
      at('missing.txt'),
      at(trsName(1)),
    ];
    const r = runCli('library', files, 'cat');
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      `library: ${at('news.txt')}: not a report`,
      `library: ${at('missing.txt')}: not found`,
    ]);
    const recs = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    // 高安 (halves, and again in the seed: a duplicate), 宁波 (three pages, and in the seed), the seed's other 14.
    expect(recs).toHaveLength(16);
    const gaoan = recs.find((x) => x.region === '高安市');
    expect(gaoan.sources.map((s: { file: string }) => s.file)).toEqual([at('gaoan-1.txt'), at('gaoan-2.txt')]);
    expect(gaoan.parts).toEqual({ count: 2, present: [1, 2], missing: [] });
    expect(gaoan.targets.map(brief)).toEqual(baseline('gaoan-2023-gwr').targets);
    expect(gaoan.actuals.map(brief)).toEqual(baseline('gaoan-2023-gwr').actuals);
    expect(gaoan.duplicates).toEqual([{ file: at('seed.txt'), url: null, piece: { index: 2, count: 16 } }]);
    // 宁波: pages 3 and 1, then the seed's copy (a duplicate), then page 2 joins its pages.
    const ningbo = recs.find((x) => x.region === '宁波市');
    expect(ningbo.sources.map((s: { url: string }) => s.url)).toEqual([0, 1, 2].map((i) => `file://${at(trsName(i))}`));
    expect(ningbo.parts).toEqual({ count: 3, present: [1, 2, 3], missing: [] });
    expect(ningbo.duplicates).toEqual([{ file: at('seed.txt'), url: null, piece: { index: 9, count: 16 } }]);
    expect(new Set(recs.map((x) => x.region))).toEqual(new Set(SEED.map((n) => baseline(n).region)));
  });

  it('says which output formats there are', () => {
    const r = runCli('library', ['--format', 'pdf', at('seed.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^library: no output format "pdf"/);
  });

  it('PDF and Word copies of a report: the same targets and results as its text, kept once', () => {
    const fixtures = join(ROOT, 'test/fixtures/shapes');
    const files = ['gaoan-2023-gwr.pdf', 'gaoan-2023-gwr.docx', 'scanned.pdf'].map((f) => join(fixtures, f));
    const r = runCli('library', files);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^library: .*scanned\.pdf: no-text: [^\n]+\n$/);
    const recs = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(recs).toHaveLength(1);
    expect(recs[0].targets.map(brief)).toEqual(baseline('gaoan-2023-gwr').targets);
    expect(recs[0].actuals.map(brief)).toEqual(baseline('gaoan-2023-gwr').actuals);
    expect(recs[0].sources.map((x: { file: string }) => x.file)).toEqual([files[0]]);
    expect(recs[0].duplicates.map((x: { file: string }) => x.file)).toEqual([files[1]]);
  });
});
