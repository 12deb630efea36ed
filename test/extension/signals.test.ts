import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { MAX_HEADINGS, MAX_TEXT, boundedText, readSignals } from '../../entrypoints/content/signals';

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

  it('stops walking once it has enough text', () => {
    const d = doc(`<html><body>${'<p>一二三四五</p>'.repeat(5000)}</body></html>`);
    expect(boundedText(d.body, 12)).toBe('一二三四五一二三四五一二');
    expect(boundedText(null, 10)).toBe('');
  });
});
