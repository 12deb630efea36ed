// npx tsx cli/score-heldout.ts [DIR]   (from the repo root; default test/fixtures/heldout: reports/ and gold/)
// Scores extraction on a folder laid out like the corpus, in process (no command per file), with
// the scorer's matching rules (test/golden/metrics.ts), and lists every missed and extra item so
// that a failure can be traced to the rule that should have read it. Gold for a near miss holds
// only `file` and `kind: "other"`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractReport } from '../core/extract';
import type { Extraction, Item } from '../core/types';
import { match, Tally, type GoldItem } from '../test/golden/metrics';

export interface HeldoutGold {
  file: string;
  kind: string;
  region?: string;
  level?: string;
  province?: string | null;
  report_year?: number;
  review_year?: number;
  targets?: GoldItem[];
  actuals?: GoldItem[];
}

export interface HeldoutScore {
  targets: Tally; // numeric targets
  qualitative: Tally;
  actuals: Tally;
  meta: number; // fields right (kind, region, level, province, years)
  metaN: number;
  nearMisses: number; // gold kind 'other'
  nearRight: number; // ... that came out 'other'
  lines: string[]; // what went wrong, file by file
}

const META = ['kind', 'region', 'level', 'province', 'report_year', 'review_year'] as const;
const squash = (s: unknown) => String(s ?? '').replace(/\s+/g, '');
const show = (i: Item | GoldItem) =>
  `${i.indicator} ${i.measure} ${i.value}${i.value_max == null ? '' : '-' + i.value_max} ${i.unit ?? ''} [${i.text}]`;

function diff(kind: string, pred: Item[], gold: GoldItem[], tally: Tally, lines: string[]): void {
  const pairs = match(pred, gold);
  tally.add(pairs.length, pred.length, gold.length);
  for (const g of gold) if (!pairs.some(([, x]) => x === g)) lines.push(`    missed ${kind}: ${show(g)}`);
  for (const p of pred) if (!pairs.some(([x]) => x === p)) lines.push(`    extra ${kind}: ${show(p)}`);
}

export function scoreDir(dir: string): HeldoutScore {
  const score: HeldoutScore = {
    targets: new Tally(),
    qualitative: new Tally(),
    actuals: new Tally(),
    meta: 0,
    metaN: 0,
    nearMisses: 0,
    nearRight: 0,
    lines: [],
  };
  const goldDir = join(dir, 'gold');
  for (const f of readdirSync(goldDir)
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as HeldoutGold;
    const text = readFileSync(join(dir, 'reports', gold.file), 'utf8');
    const out: Extraction = extractReport({ text, url: null, title: null });
    const lines: string[] = [];
    for (const k of META) {
      if (!(k in gold)) continue;
      score.metaN++;
      if (squash(out[k]) === squash(gold[k])) score.meta++;
      else lines.push(`    ${k}: got ${JSON.stringify(out[k] ?? null)} want ${JSON.stringify(gold[k])}`);
    }
    if (gold.kind === 'other') {
      score.nearMisses++;
      if (out.kind === 'other') score.nearRight++;
    }
    if (gold.targets) {
      const num = (xs: Array<Item | GoldItem>) => xs.filter((t) => t.measure !== 'qualitative');
      const qual = (xs: Array<Item | GoldItem>) => xs.filter((t) => t.measure === 'qualitative');
      diff('target', num(out.targets) as Item[], num(gold.targets) as GoldItem[], score.targets, lines);
      diff('qualitative', qual(out.targets) as Item[], qual(gold.targets) as GoldItem[], score.qualitative, lines);
    }
    if (gold.actuals) diff('actual', out.actuals, gold.actuals, score.actuals, lines);
    if (lines.length) score.lines.push(`${gold.file} (${out.kind}, ${out.region}, ${out.report_year})`, ...lines);
  }
  return score;
}

if (process.argv[1]?.endsWith('score-heldout.ts')) {
  const s = scoreDir(process.argv[2] ?? 'test/fixtures/heldout');
  const f = (x: number) => x.toFixed(3);
  for (const l of s.lines) console.log(l);
  console.log(
    `\nmetadata ${s.meta}/${s.metaN} (${f(s.meta / s.metaN)}); near misses ${s.nearRight}/${s.nearMisses} other`,
  );
  console.log(`numeric targets F1 ${f(s.targets.f1)} (${s.targets.tp} of ${s.targets.ng} gold, ${s.targets.np} given)`);
  console.log(
    `qualitative targets F1 ${f(s.qualitative.f1)}; actuals F1 ${f(s.actuals.f1)} (${s.actuals.tp} of ${s.actuals.ng} gold, ${s.actuals.np} given)`,
  );
}
