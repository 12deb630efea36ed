// End to end on the corpus: the notice and its report through extraction, compareReport and the command.
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareReport } from '../../../core/compare';
import { extractReport } from '../../../core/extract';

const root = join(__dirname, '../../..');
const reports = join(root, 'test/fixtures/corpus/reports');
const gwrFile = join(reports, 'tianmen-2023-gwr.txt');
const noticeFile = join(reports, 'tianmen-2023-h1-progress.txt');
const gold = JSON.parse(
  readFileSync(join(root, 'test/fixtures/corpus/gold/tianmen-2023-h1-progress.json'), 'utf8'),
) as {
  rows: Array<{ no: number; gwr_text: string | null }>;
};
const goldText = new Map(gold.rows.map((r) => [r.no, r.gwr_text]));

function load(file: string) {
  const text = readFileSync(file, 'utf8');
  return { ...extractReport({ text, url: null, title: null }), text };
}

describe('compareReport on the Tianmen notice', () => {
  const notice = load(noticeFile);
  const c = compareReport(notice, [load(gwrFile)]);

  it('links the tasks to their sentences in the traditional-character report', () => {
    expect(notice.kind).toBe('progress');
    expect(
      c.tasks.filter((t) => t.gwr_text !== null && t.gwr_text === goldText.get(t.no)).length,
    ).toBeGreaterThanOrEqual(105);
  });

  it('puts the 9 slow tasks first', () => {
    expect(c.tasks.slice(0, 9).every((t) => t.status === '推进缓慢')).toBe(true);
    expect(c.task_counts.find((s) => s.status === '推进缓慢')?.count).toBe(9);
  });
});

describe('compareReport on the Tianmen report with the notice saved', () => {
  it("shows the notice's tasks linked to this report", () => {
    const c = compareReport(load(gwrFile), [load(noticeFile)]);
    expect(c.tasks).toHaveLength(gold.rows.length);
    expect(c.tasks.filter((t) => t.gwr_text === goldText.get(t.no)).length).toBeGreaterThanOrEqual(105);
  });
});

describe('npm run compare', () => {
  const tsx = join(root, 'node_modules/.bin/tsx');
  it('prints one JSON object for the last file', () => {
    const out = JSON.parse(execFileSync(tsx, ['cli/compare.ts', gwrFile, noticeFile], { cwd: root, encoding: 'utf8' }));
    for (const key of ['outcomes', 'changes', 'peers', 'tasks']) expect(Array.isArray(out[key])).toBe(true);
    expect(
      out.tasks.filter((t: { no: number; gwr_text: string | null }) => t.gwr_text === goldText.get(t.no)).length,
    ).toBeGreaterThanOrEqual(105);
    expect(out.tasks.filter((t: { status: string }) => t.status === '推进缓慢').length).toBe(9);
  });

  it('fails with one line on stderr for an unreadable file', () => {
    const r = spawnSync(tsx, ['cli/compare.ts', gwrFile, join(reports, 'no-such-file.txt')], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });
});
