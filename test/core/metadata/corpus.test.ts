// Gold metadata for every corpus file: the issuer (region, level, province) and the years.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../core/read/metadata';
import { normalize } from '../../../core/text/normalize';
import { clean } from '../../../core/text/clean';
import type { Kind } from '../../../core/types';

const corpus = join(__dirname, '../../fixtures/corpus');
const FIELDS = ['region', 'level', 'province', 'report_year', 'review_year'] as const;

const golds = readdirSync(join(corpus, 'gold'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map(
    (f) =>
      JSON.parse(readFileSync(join(corpus, 'gold', f), 'utf8')) as Record<string, unknown> & {
        file: string;
        kind: Kind;
      },
  );

describe('corpus metadata', () => {
  it('covers the whole corpus', () => expect(golds.length).toBe(62));

  it.each(golds.map((g) => [g.file, g] as const))('%s', (_file, g) => {
    const text = clean(readFileSync(join(corpus, 'reports', g.file), 'utf8')).text;
    const meta = extractMetadata(normalize(text), { url: '', title: '', kind: g.kind });
    const want: Record<string, unknown> = {};
    for (const k of FIELDS) if (k in g) want[k] = g[k];
    expect(meta).toMatchObject(want);
  });

  // The body alone (titles, meeting lines and speaker lines cut away) must still name the issuer:
  // provincial texts can come without a title, and mirrors drop headers.
  it.each(golds.filter((g) => g.kind === 'gwr').map((g) => [g.file, g] as const))('%s from 各位代表 on', (_file, g) => {
    const text = clean(readFileSync(join(corpus, 'reports', g.file), 'utf8')).text;
    const body = text.slice(text.indexOf('各位代表'));
    const meta = extractMetadata(normalize(body), { url: '', title: '', kind: 'gwr' });
    expect(meta).toMatchObject({ region: g.region, level: g.level, province: g.province, report_year: g.report_year });
  });
});
