// Golden tests over every corpus report (test/fixtures/corpus, copied from ../shared/corpus).
// 1. Quality bars, computed with the scorer's own matching rules (metrics.ts).
// 2. A baseline per report in test/fixtures/expected/: any change in what is extracted shows as a diff.
//    Rewrite baselines on purpose with UPDATE_GOLDEN=1, and read the diff before committing it.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractReport } from '../../core/extract';
import type { Extraction, Item } from '../../core/types';
import { match, Tally, type GoldItem } from './metrics';

const root = join(__dirname, '../fixtures');
const goldDir = join(root, 'corpus/gold');
const reportsDir = join(root, 'corpus/reports');
const expectedDir = join(root, 'expected');
const update = process.env.UPDATE_GOLDEN === '1';

interface Gold {
  file: string;
  kind: string;
  region: string;
  report_year: number;
  review_year?: number;
  targets?: GoldItem[];
  actuals?: GoldItem[];
  rows?: Array<{ no: number; task: string; status: string }>;
}

const golds: Gold[] = readdirSync(goldDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(goldDir, f), 'utf8')));

const results = new Map<string, { text: string; out: Extraction }>();
for (const g of golds) {
  const text = readFileSync(join(reportsDir, g.file), 'utf8');
  results.set(g.file, { text, out: extractReport({ text, url: null, title: null }) });
}

const squash = (s: unknown) => String(s ?? '').replace(/\s+/g, '');
const brief = (i: Item) => [i.indicator, i.measure, i.value, i.value_max, i.unit, i.qualifier, i.text].join(' | ');

function baseline(out: Extraction) {
  return {
    kind: out.kind,
    region: out.region,
    level: out.level,
    province: out.province,
    report_year: out.report_year,
    review_year: out.review_year,
    targets: out.targets.map(brief),
    actuals: out.actuals.map(brief),
    tasks: out.tasks.map((t) => `${t.label} | ${t.value} | ${t.unit} | ${t.text}`),
    rows: out.rows.map((r) => `${r.no} | ${r.status} | ${r.lead.join('、')} | ${r.partners.join('、')}`),
  };
}

describe('corpus quality bars', () => {
  const targets = new Tally(),
    actuals = new Tally(),
    rows = new Tally();
  let meta = 0,
    metaN = 0;
  for (const g of golds) {
    const { out } = results.get(g.file)!;
    for (const k of ['kind', 'region', 'report_year', 'review_year'] as const) {
      if (!(k in g)) continue;
      metaN++;
      if (squash(out[k]) === squash(g[k])) meta++;
    }
    if (g.targets) {
      const gNum = g.targets.filter((t) => t.measure !== 'qualitative');
      const pNum = out.targets.filter((t) => t.measure !== 'qualitative');
      targets.add(match(pNum, gNum).length, pNum.length, gNum.length);
    }
    if (g.actuals) actuals.add(match(out.actuals, g.actuals).length, out.actuals.length, g.actuals.length);
    if (g.rows) {
      const ok = g.rows.filter((gr) =>
        out.rows.some(
          (p) => p.no === gr.no && squash(p.task) === squash(gr.task) && squash(p.status) === squash(gr.status),
        ),
      ).length;
      rows.add(ok, out.rows.length, g.rows.length);
    }
  }
  it('metadata accuracy >= 0.98', () => expect(meta / metaN).toBeGreaterThanOrEqual(0.98));
  it('numeric-target F1 >= 0.97', () => expect(targets.f1).toBeGreaterThanOrEqual(0.97));
  it('actuals F1 >= 0.90', () => expect(actuals.f1).toBeGreaterThanOrEqual(0.9));
  it('progress rows F1 >= 0.98', () => expect(rows.f1).toBeGreaterThanOrEqual(0.98));
});

describe('every item points at its source', () => {
  for (const g of golds) {
    it(g.file, () => {
      const { text, out } = results.get(g.file)!;
      for (const item of [...out.targets, ...out.actuals, ...out.tasks]) {
        expect(text.slice(item.start, item.end)).toBe(item.text);
      }
    });
  }
});

describe('golden baselines', () => {
  if (update) mkdirSync(expectedDir, { recursive: true });
  for (const g of golds) {
    it(g.file, () => {
      const file = join(expectedDir, g.file.replace(/\.txt$/, '.json'));
      const actual = baseline(results.get(g.file)!.out);
      if (update || !existsSync(file)) {
        if (!update) throw new Error(`no baseline for ${g.file}: run UPDATE_GOLDEN=1 npx vitest run test/golden`);
        writeFileSync(file, JSON.stringify(actual, null, 1) + '\n');
      }
      expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});
