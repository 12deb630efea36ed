import { describe, expect, it } from 'vitest';
import { titleKind, linesKind } from '../../../core/read/detect-title';

describe('titleKind', () => {
  it.each([
    '2023年天门市政府工作报告',
    '天门市2023年政府工作报告',
    '陕西省2026年政府工作报告',
    '2023年泸州市人民政府工作报告',
    '政府工作报告',
    '政府工作报告（全文）',
    '政府工作报告--2026年1月26日在广东省第十四届人民代表大会第五次会议上',
    '[湖北] 2024年兴山县政府工作报告',
    '2024年恩施土家族苗族自治州政府工作报告_恩施州人民政府',
    '2024年朝阳区政府工作报告 - 北京市朝阳区人民政府',
    '二〇二四年远安县政府工作报告（摘要）',
    '2024年国务院政府工作报告',
  ])('report title: %s', (t) => expect(titleKind(t)).toBe('gwr'));

  it.each([
    '2023年市政府工作报告重点工作任务上半年进展情况通报',
    '关于2024年《政府工作报告》重点任务第一季度落实情况的通报',
    '关于2023年县政府工作报告重点工作前三季度推进情况的督查通报',
    '督查通报',
  ])('progress notice: %s', (t) => expect(titleKind(t)).toBe('progress'));

  it.each([
    '“政府工作报告”中的这些数字，与你我息息相关',
    '一图读懂｜2024年宜昌市政府工作报告',
    '2024年政府工作报告热词解读',
    '图解天门市2023年政府工作报告',
    '汕尾市第八届人民代表大会第四次会议关于政府工作报告的决议',
    '忻州市2023年国民经济和社会发展统计公报',
    '关于2023年国民经济和社会发展计划执行情况与2024年计划草案的报告',
    '关于2023年预算执行情况和2024年预算草案的报告',
    '在中国共产党高安市第十五次代表大会上的报告',
    '2024年乡镇政府工作报告范文（通用3篇）',
    '关于印发2023年《政府工作报告》重点工作任务分工方案的通知',
    '政府工作报告（图解）',
  ])('near miss: %s', (t) => expect(titleKind(t)).toBe('near'));

  it.each([
    '市十七届人大三次会议隆重开幕 市长作政府工作报告',
    '代表们热烈讨论政府工作报告',
    '天门市人民政府',
    '关于做好2024年防汛抗旱工作的通知',
    // A verb before the name makes an issuer-like prefix a headline about the report.
    '一文读懂2024年兴山县政府工作报告',
    '速览2024年远安县政府工作报告',
    '图说2023年天门市政府工作报告',
    '“数”读2024年宜昌市政府工作报告',
    '聚焦2024年县政府工作报告：这些民生实事与你有关',
  ])('says nothing: %s', (t) => expect(titleKind(t)).toBeNull());
});

describe('linesKind', () => {
  it('finds the title below forum chrome and ignores paragraphs', () => {
    const text = '设为首页收藏本站\n查看: 70|回复: 0\n[湖北] 2024年兴山县政府工作报告\n' + '各位代表'.repeat(40);
    expect(linesKind(text, 3000)).toEqual({ kind: 'gwr', line: '[湖北] 2024年兴山县政府工作报告' });
  });

  it('lets a report title outrank a sidebar link to an explainer', () => {
    const text = '相关阅读：2023年政府工作报告解读\n2023年渭南市政府工作报告\n各位代表：';
    expect(linesKind(text, 3000).kind).toBe('gwr');
  });

  it('reads no further than asked', () => {
    expect(linesKind('x\n'.repeat(100) + '2023年渭南市政府工作报告', 150).kind).toBeNull();
  });
});
