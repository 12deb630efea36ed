// Hostile report pages (test/fixtures/hostile): markup, script URLs, entities and bidi controls in
// the report text. Extraction must carry them as plain strings, decoded exactly once, and must never
// let script code, attributes or styles into its text. (That the views render these strings as text
// is the browser tests' job.)
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractPage } from '../../core/shapes/page';
import { extractReport } from '../../core/extract';
import type { Extraction } from '../../core/types';
import { checkExtraction, findNonPlain } from '../fuzz/check';

const dir = join(__dirname, '../fixtures/hostile');
const read = (f: string) => readFileSync(join(dir, f), 'utf8');
const URL = 'http://www.example.gov.cn/art/2026/1/12/art_1.html';

function page(file: string) {
  const { document } = parseHTML(read(file));
  return extractPage(document as unknown as Document, URL);
}

/** Every string anywhere in a value. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => strings(x, out));
  return out;
}

const spans = (e: Extraction) =>
  [...e.targets, ...e.actuals, ...e.tasks].flatMap((i) => [i.text, 'sentence' in i ? i.sentence : '']);

// Bidi controls, zero-width characters and NUL: invisible, and an unbalanced override reverses the
// rest of a line. Allowed in exact spans (`text`, `sentence`), not in names the views show as labels.
// eslint-disable-next-line no-control-regex -- NUL is one of the invisible characters
const INVISIBLE = /[\u0000\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

describe('hostile pages: markup in the report text', () => {
  const p = page('markup-in-text.html');

  it('extracts soundly (spans are slices of the page text, plain data only)', () => {
    expect(checkExtraction(p.text, p.extraction)).toEqual([]);
    expect(findNonPlain(p)).toBeNull();
    expect(p.extraction.kind).toBe('gwr');
  });

  it('never takes script code, attributes, styles, noscript or template content into the text', () => {
    const leaked = strings(p).filter((s) => s.includes('PWNED_'));
    expect(leaked).toEqual([]);
  });

  it('keeps escaped markup as literal text, decoded exactly once', () => {
    expect(p.title).toBe('</title><script>alert(1)</script>安康市2026年政府工作报告');
    expect(p.extraction.title).toBe(p.title);
    for (const literal of [
      '<script>alert("target")</script>',
      "<img src=x onerror=alert('text')>",
      '<iframe src="javascript:alert(1)"></iframe>',
      '<svg onload=alert(1)>',
      'javascript:alert(document.cookie)',
      '&lt;b&gt;',
      '&quot;&#39;',
    ]) {
      expect(p.text).toContain(literal);
    }
    expect(p.text).not.toMatch(/&lt;script|&amp;/);
  });

  it('passes hostile strings through items as strings (the views must render them as text)', () => {
    const carried = spans(p.extraction).filter((s) => s.includes('<script>') || s.includes('onerror='));
    expect(carried.length).toBeGreaterThan(0);
  });
});

describe('hostile text reports', () => {
  const text = read('markup-in-text.txt');
  const out = extractReport({ text, url: 'javascript:alert(1)', title: '<img src=x onerror=alert(1)>' });

  it('extracts soundly and carries URL and title as the strings given', () => {
    expect(checkExtraction(text, out)).toEqual([]);
    expect(out.url).toBe('javascript:alert(1)');
    expect(out.title).toBe('<img src=x onerror=alert(1)>');
    expect(spans(out).some((s) => s.includes('<script>') || s.includes('<img'))).toBe(true);
  });
});

describe('hostile pages: bidi overrides, zero-width characters, NUL', () => {
  const p = page('bidi-and-controls.html');
  const e = p.extraction;

  it('extracts soundly, the controls kept exactly in the page text and spans', () => {
    expect(checkExtraction(p.text, e)).toEqual([]);
    expect(p.text).toContain('\u202e5.5%左右\u202c');
    expect(p.title).toContain('\u202egpj.exe');
  });

  it('keeps bidi controls and zero-width characters out of derived names (label, section, region ...)', () => {
    const names = [
      e.region,
      e.province,
      e.speaker,
      ...[...e.targets, ...e.actuals].flatMap((i) => [
        i.indicator,
        i.label,
        i.unit,
        i.qualifier,
        i.relative_to ?? null,
      ]),
      ...e.tasks.flatMap((t) => [t.label, t.section, t.unit, t.qualifier]),
    ].filter((s): s is string => typeof s === 'string');
    expect(names.filter((s) => INVISIBLE.test(s)).map((s) => JSON.stringify(s))).toEqual([]);
  });

  it('reads the same targets as from the page without the invisible characters', () => {
    const clean = read('bidi-and-controls.html').replace(
      /&#x(?:202[A-Ea-e]|206[6-9]|200[B-Fb-f]|FEFF|061C);|&#0;/g,
      '',
    );
    const { document } = parseHTML(clean);
    const plain = extractPage(document as unknown as Document, URL).extraction;
    const brief = (x: Extraction) => x.targets.map((i) => `${i.indicator} ${i.value} ${i.qualifier ?? ''}`);
    expect(brief(e)).toEqual(brief(plain));
  });
});
