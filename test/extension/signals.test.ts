import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { MAX_HEADINGS, MAX_HEADING_CHARS, MAX_TEXT, boundedText, readSignals } from '../../entrypoints/content/signals';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

describe('content-script signals', () => {
  it('reads title, address, a handful of headings and bounded text', () => {
    const headings = Array.from({ length: 12 }, (_, i) => `<h2>第${i}节</h2>`).join('');
    const d = doc(
      `<html><head><title>2023年政府工作报告</title></head><body><h1> 政府  工作报告 </h1>${headings}<script>var s = "不要读";</script><p>${'字'.repeat(MAX_TEXT * 3)}</p></body></html>`,
    );
    const s = readSignals(d, 'http://www.x.gov.cn/a.html');
    expect(s.url).toBe('http://www.x.gov.cn/a.html');
    expect(s.title).toBe('2023年政府工作报告');
    expect(s.headings).toHaveLength(MAX_HEADINGS);
    expect(s.headings[0]).toBe('政府 工作报告');
    expect(s.text.length).toBe(MAX_TEXT);
    expect(s.text).not.toContain('不要读');
  });

  it('reads headings only until it has kept MAX_HEADINGS, each up to MAX_HEADING_CHARS', () => {
    const body = (h: string, n: number) => doc(`<html><body>${h.repeat(n)}</body></html>`);
    /** The document with its list of headings counting which entries were read. */
    const counted = (d: Document) => {
      const read = new Set<string>();
      const real = d.querySelectorAll('h1, h2, h3');
      const list = new Proxy(real, {
        get: (t, k) => {
          if (typeof k === 'string' && /^\d+$/.test(k)) read.add(k);
          const v = Reflect.get(t, k);
          return typeof v === 'function' ? v.bind(t) : v;
        },
      });
      return { doc: { title: '', body: d.body, querySelectorAll: () => list } as unknown as Document, read };
    };
    const full = counted(body(`<h2>${'标题'.repeat(1000)}</h2>`, 200));
    const s = readSignals(full.doc, 'http://www.x.gov.cn/');
    expect(s.headings).toHaveLength(MAX_HEADINGS);
    expect(s.headings.every((h) => h.length === MAX_HEADING_CHARS)).toBe(true);
    expect(full.read.size).toBe(MAX_HEADINGS);
    const empty = counted(body('<h3> </h3>', 10_000));
    expect(readSignals(empty.doc, 'http://www.x.gov.cn/').headings).toEqual([]);
    expect(empty.read.size).toBe(64);
  });

  it('reads a window of a text node, not the whole node', () => {
    const d = doc(`<html><body><p>${'字'.repeat(1_000_000)}</p></body></html>`);
    expect(boundedText(d.body, 12)).toBe('字'.repeat(12));
  });

  it('stops walking once it has enough text', () => {
    const d = doc(`<html><body>${'<p>一二三四五</p>'.repeat(5000)}</body></html>`);
    expect(boundedText(d.body, 12)).toBe('一二三四五一二三四五一二');
    expect(boundedText(null, 10)).toBe('');
  });
});
