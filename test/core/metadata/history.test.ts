// Places as they were in the report's year (core/read/division-history.json, from the yearly revisions
// of the division codes): counties that became districts, renamed cities, counties that became cities.
import { describe, expect, it } from 'vitest';
import { divisionsNamed, inForce } from '../../../core/read/divisions';
import { extractMetadata } from '../../../core/read/metadata';
import { normalize } from '../../../core/text/normalize';

const meta = (text: string) => extractMetadata(normalize(text), { url: '', title: '', kind: 'gwr' });
const named = (name: string) => divisionsNamed(name).find((d) => d.name === name);

describe('division names by year', () => {
  it('knows a county that became a district, and its city', () => {
    expect(named('满城县')).toMatchObject({ level: 'county', province: '河北省', prefecture: '保定市', until: 2015 });
    expect(named('满城区')).toMatchObject({ level: 'county', prefecture: '保定市', from: 2016, until: null });
    expect(inForce(named('满城县')!, 2012)).toBe(true);
    expect(inForce(named('满城县')!, 2023)).toBe(false);
    expect(inForce(named('满城区')!, 2012)).toBe(false);
  });

  it('knows a renamed prefecture-level city', () => {
    expect(named('襄樊市')).toMatchObject({ level: 'prefecture', province: '湖北省', until: 2011 });
    expect(named('襄阳市')).toMatchObject({ level: 'prefecture', from: 2012 });
  });

  it('names a county report of 2012 with the county, not the district it became', () => {
    const text =
      '2012年满城政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2011年工作回顾\n' +
      '过去的一年，在保定市委、市政府和县委的正确领导下，全县经济平稳较快发展，满城工业园区建设提速。';
    expect(meta(text)).toMatchObject({ region: '满城县', level: 'county', province: '河北省', report_year: 2012 });
  });

  it('keeps the district for the same place after the change', () => {
    const text =
      '2023年满城政府工作报告\n各位代表：\n现在，我代表区人民政府向大会报告工作，请予审议。\n一、2022年工作回顾\n' +
      '过去的一年，在保定市委、市政府和区委的正确领导下，全区经济稳中有进，满城工业园区建设提速。';
    expect(meta(text)).toMatchObject({ region: '满城区', level: 'county', province: '河北省', report_year: 2023 });
  });

  it('lets the year decide when nothing else does', () => {
    // No 我代表县/区, no 全县/全区: only the year tells 满城县 from 满城区.
    expect(meta('满城2012年政府工作报告\n各位代表：')).toMatchObject({ region: '满城县', report_year: 2012 });
    expect(meta('满城2023年政府工作报告\n各位代表：')).toMatchObject({ region: '满城区', report_year: 2023 });
  });

  it('reads a full former name as written, whatever today calls the place', () => {
    const text =
      '清苑县2014年政府工作报告\n——2014年2月18日在清苑县第十五届人民代表大会第三次会议上\n各位代表：\n现在，我代表县人民政府向大会报告工作。';
    expect(meta(text)).toMatchObject({ region: '清苑县', level: 'county', province: '河北省', report_year: 2014 });
  });
});
