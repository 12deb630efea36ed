// detectCheap on text in lines (the content script ends a line at each block): a short line may be the
// page's own title kept in a <div>, or a sidebar box's caption on a page that only quotes the report.
import { describe, expect, it } from 'vitest';
import { detectCheap } from '../../../core/read/detect-cheap';

const cheap = (lines: string[], title = '兴山县人民政府') =>
  detectCheap({ url: '', title, headings: [], text: lines.join('\n') });

describe('detectCheap on lines', () => {
  it('takes a report title from a line when the report addresses the deputies', () => {
    expect(
      cheap([
        '兴山县人民政府',
        '首页 > 政务公开',
        '2024年兴山县政府工作报告',
        '各位代表：',
        '现在，我代表县人民政府向大会报告工作。',
      ]).kind,
    ).toBe('gwr');
  });

  it('takes a notice title from a line when its task table follows', () => {
    expect(
      cheap([
        '远安县人民政府',
        '关于2024年县政府工作报告重点工作任务上半年进展情况的通报',
        '序号',
        '重点任务',
        '牵头单位',
      ]).kind,
    ).toBe('progress');
  });

  it('does not take a sidebar caption on news that quotes the report', () => {
    const news = [
      '兴山县人民政府',
      '大会动态',
      '政府工作报告',
      '代表风采',
      '县十九届人大四次会议隆重开幕',
      '县长吴浩代表县人民政府向大会作政府工作报告。报告提出了2024年全县经济社会发展的主要预期目标。',
    ];
    expect(cheap(news).kind).toBe('other');
    expect(
      cheap([
        '兴山县人民政府',
        '督查通报',
        '通知公告',
        '我县召开安全生产工作会议',
        '会议要求，对照政府工作报告抓好落实。',
      ]).kind,
    ).toBe('other');
  });
});
