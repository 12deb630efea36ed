import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { boundedText, readSignals } from '../../entrypoints/content/signals';
import { detectCheap } from '../../core/read/detect-cheap';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

describe('content-script signals in lines', () => {
  const page = doc(`<html><head><title>远安县人民政府</title></head><body>
    <div class="top">远安县人民政府 <a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zfgzbg/">政府工作报告</a></div>
    <div class="crumb">首页 &gt; 政务公开 &gt; 重点工作</div>
    <div class="article-title">关于2024年县政府工作报告重点工作任务上半年进展情况的通报</div>
    <div class="info"><span>发布日期：2024-07-22</span></div>
    <p>各乡镇人民政府：</p><table><tr><td>序号</td><td>重点任务</td></tr></table></body></html>`);

  it('ends a line at each block and leaves link text out', () => {
    const text = readSignals(page, 'http://www.yuanan.gov.cn/a.html').text;
    expect(text.split('\n').map((l) => l.trim())).toEqual([
      '远安县人民政府',
      '首页 > 政务公开 > 重点工作',
      '关于2024年县政府工作报告重点工作任务上半年进展情况的通报',
      '发布日期：2024-07-22',
      '各乡镇人民政府：',
      '序号',
      '重点任务',
      '',
    ]);
    expect(text).not.toContain('首页政务公开'); // the links of the masthead
  });

  it('lets detect-cheap find a title kept in a plain <div> under a site-name <title>', () => {
    expect(detectCheap(readSignals(page, 'http://www.yuanan.gov.cn/a.html')).kind).toBe('progress');
  });

  it('keeps the old flat text without lines', () => {
    expect(boundedText(doc('<html><body><p>一二</p><div>三<a>四</a></div></body></html>').body, 10)).toBe('一二三四');
  });
});
