import { describe, expect, it } from 'vitest';
import { divisionByFullName, divisionsNamed, scanDivisions, shortName } from '../../../core/divisions';

describe('shortName', () => {
  it.each([
    ['广西壮族自治区', '广西'], ['内蒙古自治区', '内蒙古'], ['宁夏回族自治区', '宁夏'], ['新疆维吾尔自治区', '新疆'],
    ['西藏自治区', '西藏'], ['恩施土家族苗族自治州', '恩施'], ['双江拉祜族佤族布朗族傣族自治县', '双江'],
    ['兴山县', '兴山'], ['大兴安岭地区', '大兴安岭'], ['阿拉善盟', '阿拉善'], ['北京市', '北京'],
    ['泾县', null], ['城区', null], ['东乡族自治县', null],
  ] as const)('%s -> %s', (full, short) => expect(shortName(full)).toBe(short));
});

describe('division lookup', () => {
  it('levels: province, prefecture, county', () => {
    expect(divisionByFullName('北京市')).toMatchObject({ level: 'province', province: '北京市' });
    expect(divisionByFullName('宜昌市')).toMatchObject({ level: 'prefecture', province: '湖北省' });
    expect(divisionByFullName('恩施土家族苗族自治州')).toMatchObject({ level: 'prefecture' });
    expect(divisionByFullName('兴山县')).toMatchObject({ level: 'county', prefecture: '宜昌市' });
    expect(divisionByFullName('彬州市')).toMatchObject({ level: 'county', province: '陕西省', prefecture: '咸阳市' });
    // 省直辖县级行政区划: county level with no prefecture above it.
    expect(divisionByFullName('天门市')).toMatchObject({ level: 'county', province: '湖北省', prefecture: null });
  });

  it('keeps every meaning of an ambiguous short name', () => {
    expect(divisionsNamed('兴山').map((d) => d.name).sort()).toEqual(['兴山区', '兴山县']);
    expect(divisionsNamed('吉林').map((d) => d.level).sort()).toEqual(['prefecture', 'province']);
  });

  it('does not take towns listed under cities without counties for divisions', () => {
    expect(divisionByFullName('虎门镇')).toBeNull();
  });

  it('scans longest names first, without overlaps', () => {
    const m = scanDivisions('湖北省天门市与兴山县');
    expect(m.map((x) => [x.divisions[0].name, x.short])).toEqual([
      ['湖北省', false], ['天门市', false], ['兴山县', false],
    ]);
    expect(scanDivisions('广西壮族自治区和广西')[1]).toMatchObject({ start: 8, end: 10, short: true });
  });
});
