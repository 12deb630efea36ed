// Corpus texts for the shape tests (test/fixtures/corpus, copied from ../shared/corpus) and the seed compilation:
// 16 of its 24 pieces are in the corpus, binzhou first (it keeps the download site's watermark lines), the
// others after it in alphabetical order. Joined, they are the compilation as a user would download it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../fixtures');

export const SEED = [
  'binzhou',
  'gaoan',
  'handan',
  'heyuan',
  'longnan',
  'luzhou',
  'maoming',
  'meizhou',
  'ningbo',
  'qinyang',
  'shangluo',
  'shanwei',
  'tianmen',
  'tongchuan',
  'weinan',
  'xinzhou',
].map((n) => `${n}-2023-gwr`);

export const corpusText = (name: string): string =>
  readFileSync(join(root, 'corpus/reports', `${name.replace(/\.txt$/, '')}.txt`), 'utf8');

/** The golden baseline of a corpus report (test/fixtures/expected): targets as `indicator | measure | ... | text`. */
export const baseline = (name: string): { region: string; report_year: number; targets: string[]; actuals: string[] } =>
  JSON.parse(readFileSync(join(root, 'expected', `${name}.json`), 'utf8'));

export interface BriefItem {
  indicator: string;
  measure: string;
  value: number | null;
  value_max: number | null;
  unit: string | null;
  qualifier: string | null;
  text: string;
}

/** An item as the golden baselines write it. */
export const brief = (i: BriefItem) =>
  [i.indicator, i.measure, i.value, i.value_max, i.unit, i.qualifier, i.text].join(' | ');
