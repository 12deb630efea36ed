// Each detector runs on every kind's examples, so a detector that says 'gwr' too easily fails on
// the progress notices and the near misses (refined-github/github-url-detection style).
import { describe, expect, it } from 'vitest';
import { detect } from '../../../core/read/detect';
import { detectCheap } from '../../../core/read/detect-cheap';
import { normalize } from '../../../core/text/normalize';
import type { Kind } from '../../../core/types';
import { examples, titled } from './examples';

const all = examples();
const kinds: Kind[] = ['gwr', 'progress', 'other'];

it('has examples of every kind, near misses among them', () => {
  for (const k of kinds) expect(all.filter((e) => e.kind === k).length).toBeGreaterThanOrEqual(3);
  expect(all.filter((e) => e.kind === 'gwr' && e.name.startsWith('corpus/')).length).toBe(61);
});

describe.each(kinds)('%s examples', (kind) => {
  const mine = all.filter((e) => e.kind === kind);

  it.each(mine.map((e) => [e.name, e] as const))('detect: %s', (_name, e) => {
    const d = detect(normalize(e.text), { url: '', title: '' });
    expect(d.kind).toBe(kind);
    expect(d.confidence).toBeGreaterThan(0);
    expect(d.confidence).toBeLessThanOrEqual(1);
    expect(d.reasons.length).toBeGreaterThan(0);
  });

  it.each(mine.map((e) => [e.name, e] as const))('detect, first line as page title: %s', (_name, e) => {
    const { title, text } = titled(e);
    expect(detect(normalize(text), { url: '', title: normalize(title) }).kind).toBe(kind);
  });

  it.each(mine.map((e) => [e.name, e] as const))('detectCheap: %s', (_name, e) => {
    expect(detectCheap({ url: '', title: '', headings: [], text: e.text.slice(0, 3000) }).kind).toBe(kind);
  });

  it.each(mine.map((e) => [e.name, e] as const))('detectCheap, first line as page title: %s', (_name, e) => {
    const { title, text } = titled(e);
    expect(detectCheap({ url: '', title, headings: [], text: text.slice(0, 3000) }).kind).toBe(kind);
  });
});
