// Pages without a usable title: the body alone must tell a report from the documents around it.
import { describe, expect, it } from 'vitest';
import { detect } from '../../../core/read/detect';
import { detectCheap } from '../../../core/read/detect-cheap';
import { normalize } from '../../../core/text/normalize';

const page = { url: '', title: '' };
const run = (text: string) => detect(normalize(text), page);
const cheap = (text: string, title = '') => detectCheap({ url: '', title, headings: [], text });

const reportOpening =
  '各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n一、2023年工作回顾\n过去一年，全市地区生产总值增长6%。\n' +
  '二、2024年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。\n';

describe('detect without a title', () => {
  it('recognises a report by its opening, review and targets', () => {
    const d = run(reportOpening);
    expect(d.kind).toBe('gwr');
    expect(d.reasons).toContain('text:各位代表');
  });

  it('takes a planning report delivered on the government’s behalf as other', () => {
    const text =
      '各位代表：\n受市人民政府委托，现将全市2023年国民经济和社会发展情况与2024年安排提请大会审议。\n一、2023年工作回顾\n二、2024年主要预期目标\n';
    expect(run(text)).toMatchObject({ kind: 'other', reasons: ['text:受委托'] });
    expect(cheap(text).kind).toBe('other');
  });

  it('still accepts a report read out by a deputy on the mayor’s behalf', () => {
    expect(run(reportOpening.replace('现在，', '受市长委托，')).kind).toBe('gwr');
  });

  it('takes a template essay with XX placeholders as other', () => {
    const text =
      reportOpening.replace('市人民政府', 'XX镇人民政府').replace('6%', 'X%') +
      '全镇完成投资XX亿元，农民收入达到XX元。';
    expect(run(text)).toMatchObject({ kind: 'other', reasons: ['text:placeholders'] });
  });

  it('takes a party-congress report (同志们) as other', () => {
    const text =
      '同志们：\n现在，我代表中共某县第十四届委员会向大会作报告。\n一、过去五年的工作回顾\n今后五年的主要目标是……';
    expect(run(text).kind).toBe('other');
  });

  it('takes a resolution on the report as other', () => {
    const text =
      '会议听取和审议了市长所作的政府工作报告，同意报告提出的2024年主要预期目标，决定批准这个报告。\n关于政府工作报告的决议';
    expect(run(text).kind).toBe('other');
  });

  it('does not take a news story that quotes the report for the report', () => {
    const text = '本报讯 市长代表市人民政府向大会作政府工作报告。报告回顾了过去一年的工作，提出今年主要预期目标。';
    expect(run(text).kind).toBe('other');
    expect(cheap(text).kind).toBe('other');
  });

  it('needs a report title to carry content, not just a link list', () => {
    expect(detect('附件下载', { url: '', title: '2023年天门市政府工作报告' }).kind).toBe('other');
  });
});

describe('detectCheap', () => {
  it('reads traditional characters', () => {
    expect(cheap('各位代表：', '天門市2023年政府工作報告').kind).toBe('gwr');
    expect(cheap('', '政府工作報告解讀：今年天門發展的六個關鍵詞').kind).toBe('other');
    expect(cheap('', '2023年市政府工作報告重點工作任務上半年進展情況通報').kind).toBe('progress');
  });

  it('uses the headings when the page title is the site name', () => {
    const d = detectCheap({
      url: '',
      title: '宜昌市人民政府门户网站',
      headings: ['2024年宜昌市政府工作报告'],
      text: '',
    });
    expect(d).toMatchObject({ kind: 'gwr', reasons: ['heading:政府工作报告'] });
  });

  it('does not flag near misses whose title says what they are', () => {
    for (const title of ['关于政府工作报告的决议', '一图读懂2024年政府工作报告', '2023年国民经济和社会发展统计公报']) {
      expect(cheap(reportOpening, title).kind).toBe('other');
    }
  });
});

describe('detect a text without a title by its structure', () => {
  const fromReview =
    '一、过去五年工作回顾\n2017年以来，在市委、市政府和县委的坚强领导下，全县生产总值年均增长6%。\n' +
    '各位代表，过去的五年，我们共同洒下了辛勤的汗水。\n二、今后五年的奋斗目标\n各位代表，今后五年是关键期。\n' +
    '三、2022年工作任务\n今年经济社会发展的主要预期目标是：全县生产总值增长6.5%。\n';
  it('recognises a report that starts at its review heading, and dates it by its plan heading', () => {
    const d = run(fromReview);
    expect(d.kind).toBe('gwr');
    expect(d.reasons).toContain('text:heading:回顾');
  });
  it('takes a court report to the same deputies as other', () => {
    const court =
      '各位代表：\n现在，我代表县人民法院向大会报告工作，请予审议。\n一、2022年工作回顾\n全年受理案件3000件。\n' +
      '二、2023年工作安排\n今年主要预期目标是：结案率达到95%。\n';
    expect(run(court)).toMatchObject({ kind: 'other', reasons: ['text:其他机关'] });
  });
});
