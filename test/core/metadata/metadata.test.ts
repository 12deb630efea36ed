import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../core/read/metadata';
import { normalize } from '../../../core/text/normalize';
import type { Kind } from '../../../core/types';

const meta = (text: string, kind: Kind = 'gwr', title = '') =>
  extractMetadata(normalize(text), { url: '', title, kind });

describe('extractMetadata', () => {
  it('reads a traditional-character report', () => {
    const text =
      '天門市2023年政府工作報告\n——2022年12月27日在天門市第九屆人民代表大會第二次會議上\n市人民政府市長 ?楊興銘\n各位代表:';
    expect(meta(text)).toEqual({
      region: '天门市',
      level: 'county',
      province: '湖北省',
      report_year: 2023,
      review_year: 2022,
      meeting_date: '2022-12-27',
      speaker: '杨兴铭',
      period: null,
    });
  });

  it('resolves suffix-less names in a body without a title', () => {
    const text =
      '各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、2023年工作回顾\n' +
      '过去一年，在宜昌市委、市政府和县委的坚强领导下，兴山发展迈出新步伐。兴山化工园获评全省首家D类园区，兴山旅游持续升温，兴山人民生活持续改善。';
    expect(meta(text)).toMatchObject({ region: '兴山县', level: 'county', province: '湖北省', report_year: 2024 });
  });

  it('expands a short autonomous-region name', () => {
    const text =
      '各位代表：\n现在，我代表自治区人民政府向大会报告工作。\n2025年，广西经济稳中向好，广西外贸增长8%，广西农业再获丰收，全区上下团结奋进。';
    expect(meta(text)).toMatchObject({ region: '广西壮族自治区', level: 'province', province: '广西壮族自治区' });
  });

  it('takes the issuer, not the province it quotes', () => {
    const text =
      '2023年汕尾市政府工作报告\n各位代表:\n现在,我代表市人民政府向大会报告工作。广东省委、省政府高度重视汕尾发展,广东省支持汕尾建设,全省、全市上下……广东……广东……';
    expect(meta(text)).toMatchObject({ region: '汕尾市', level: 'prefecture', province: '广东省' });
  });

  it('settles a duplicated district name by the places the text names', () => {
    const changchun =
      '2024年朝阳区政府工作报告\n各位代表：现在，我代表区人民政府向大会报告工作。在长春市委、市政府的坚强领导下，全区……';
    const beijing =
      '2024年朝阳区政府工作报告\n各位代表：现在，我代表区人民政府向大会报告工作。在北京市委、市政府的坚强领导下，全区……';
    expect(meta(changchun)).toMatchObject({ region: '朝阳区', level: 'county', province: '吉林省' });
    expect(meta(beijing)).toMatchObject({ region: '朝阳区', level: 'county', province: '北京市' });
  });

  it('takes a city district as county level', () => {
    expect(meta('2023年武汉市江岸区政府工作报告\n各位代表：')).toMatchObject({
      region: '江岸区',
      level: 'county',
      province: '湖北省',
    });
  });

  it('takes an autonomous prefecture, also when called X州', () => {
    const text = '2024年恩施州政府工作报告\n——2024年1月8日在恩施州第八届人民代表大会第四次会议上\n各位代表：';
    expect(meta(text)).toMatchObject({
      region: '恩施土家族苗族自治州',
      level: 'prefecture',
      province: '湖北省',
      report_year: 2024,
      meeting_date: '2024-01-08',
    });
  });

  it('lets the suffix after a short name choose among its meanings (海南州 is not 海南省)', () => {
    expect(meta('2024年海南州政府工作报告\n各位代表：')).toMatchObject({
      region: '海南藏族自治州',
      province: '青海省',
    });
    expect(meta('2026年海南省政府工作报告\n各位代表：')).toMatchObject({ region: '海南省', level: 'province' });
  });

  it('knows province-administered cities and municipalities', () => {
    expect(meta('2024年仙桃市政府工作报告\n各位代表：')).toMatchObject({
      region: '仙桃市',
      level: 'county',
      province: '湖北省',
    });
    expect(meta('2024年东莞市政府工作报告\n各位代表：')).toMatchObject({ region: '东莞市', level: 'prefecture' });
    expect(meta('2026年重庆市政府工作报告\n各位代表：')).toMatchObject({
      region: '重庆市',
      level: 'province',
      province: '重庆市',
    });
  });

  it('reads a report without a title from its meeting line', () => {
    const text = '——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上\n甘肃省省长 任振鹤\n各位代表：';
    expect(meta(text)).toMatchObject({
      region: '甘肃省',
      level: 'province',
      report_year: 2026,
      review_year: 2025,
      meeting_date: '2026-01-27',
      speaker: '任振鹤',
    });
  });

  it('takes the State Council’s report as national', () => {
    const text = '政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 李强\n各位代表：';
    expect(meta(text)).toMatchObject({
      region: '全国',
      level: 'national',
      province: null,
      report_year: 2024,
      speaker: '李强',
    });
  });

  it('gives a progress notice the year of the report it tracks and its period', () => {
    const text =
      '发布机构\n天门市人民政府办公室\n2023年市政府工作报告重点工作任务上半年进展情况通报\n发布时间:2023-07-25';
    expect(meta(text, 'progress')).toMatchObject({
      region: '天门市',
      report_year: 2023,
      review_year: 2022,
      period: 'H1',
      speaker: null,
    });
    expect(
      meta('关于2024年《政府工作报告》重点任务第一季度落实情况的通报\n铜川市人民政府办公室', 'progress'),
    ).toMatchObject({
      region: '铜川市',
      report_year: 2024,
      period: 'Q1',
    });
  });

  it('reads the page title when the text has none', () => {
    expect(meta('各位代表：', 'gwr', '2023年临沧市政府工作报告_临沧市人民政府')).toMatchObject({
      region: '临沧市',
      report_year: 2023,
    });
  });

  it('does not take a place name that is part of a word for the issuer', () => {
    // 新建 (新建区) inside 新建改扩建, 和县 inside 部署和县政府工作报告: neither names the page's government.
    const notice =
      '市政府督查室关于2023年上半年全市重点工作落实情况的通报\n市政府督查室对2023年《政府工作报告》确定的重点工作进行了专项督查。\n序号 工作任务 状态\n7 新建改扩建幼儿园10所 正常推进';
    expect(meta(notice, 'progress')).toMatchObject({ region: null, report_year: 2023 });
    const bulletin =
      '兴山县2023年国民经济和社会发展统计公报\n兴山县统计局\n全县上下认真落实县委决策部署和县政府工作报告确定的各项任务。';
    expect(meta(bulletin, 'other')).toMatchObject({ region: '兴山县', level: 'county', province: '湖北省' });
  });

  it('leaves what it cannot know empty', () => {
    expect(meta('关于做好防汛工作的通知', 'other')).toMatchObject({
      region: null,
      level: null,
      province: null,
      report_year: null,
      review_year: null,
    });
  });
});
