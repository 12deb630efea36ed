import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalize } from '../../core/text/normalize';

const corpus = (name: string) =>
  readFileSync(join(import.meta.dirname, '../fixtures/corpus/reports', `${name}.txt`), 'utf8');
/** The mapping one character at a time: what any path through normalize must give. */
const byChar = (s: string) => Array.from({ length: s.length }, (_, i) => normalize(s[i])).join('');

describe('normalize', () => {
  it('maps character by character and keeps the length', () => {
    const s = '２０２５年，地區生產總值增長６．５％—７％　（預期）';
    expect(normalize(s)).toBe('2025年,地区生产总值增长6.5%-7% (预期)');
    expect(normalize(s)).toHaveLength(s.length);
  });

  it('gives the mapping of each character, on a simplified and a traditional report', () => {
    const simplified = corpus('hubei-2026-gwr'); // full-width punctuation only: a few percent of characters change
    const traditional = corpus('tianmen-2023-gwr'); // about 30% change
    for (const text of [simplified, traditional, simplified.slice(0, 5000) + traditional.slice(0, 5000)]) {
      const out = normalize(text);
      expect(out).toHaveLength(text.length);
      expect(out).toBe(byChar(text));
    }
  });

  it('leaves a text with nothing to change as it is', () => {
    const plain = '2025年全市地区生产总值增长6%,居民人均可支配收入增长7%。';
    expect(normalize(plain)).toBe(plain);
  });
});
