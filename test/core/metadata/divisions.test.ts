import { describe, expect, it } from 'vitest';
import { divisionByFullName, divisionsNamed, scanDivisions, shortName } from '../../../core/read/divisions';
import { selfClass } from '../../../core/read/region';

describe('shortName', () => {
  it.each([
    ['广西壮族自治区', '广西'],
    ['内蒙古自治区', '内蒙古'],
    ['宁夏回族自治区', '宁夏'],
    ['新疆维吾尔自治区', '新疆'],
    ['西藏自治区', '西藏'],
    ['恩施土家族苗族自治州', '恩施'],
    ['双江拉祜族佤族布朗族傣族自治县', '双江'],
    ['兴山县', '兴山'],
    ['大兴安岭地区', '大兴安岭'],
    ['阿拉善盟', '阿拉善'],
    ['北京市', '北京'],
    ['泾县', null],
    ['城区', null],
    ['东乡族自治县', null],
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
    expect(
      divisionsNamed('兴山')
        .map((d) => d.name)
        .sort(),
    ).toEqual(['兴山区', '兴山县']);
    expect(
      divisionsNamed('吉林')
        .map((d) => d.level)
        .sort(),
    ).toEqual(['prefecture', 'province']);
  });

  it('does not take towns listed under cities without counties for divisions', () => {
    expect(divisionByFullName('虎门镇')).toBeNull();
  });

  it('scans longest names first, without overlaps', () => {
    const m = scanDivisions('湖北省天门市与兴山县');
    expect(m.map((x) => [x.divisions[0].name, x.short])).toEqual([
      ['湖北省', false],
      ['天门市', false],
      ['兴山县', false],
    ]);
    expect(scanDivisions('广西壮族自治区和广西')[1]).toMatchObject({ start: 8, end: 10, short: true });
  });
});

describe('scanning', () => {
  // scanDivisions walks by character pairs and selfClass by the platform's search: both pinned here
  // against the plain definitions on random texts made of the characters that matter.
  let seed = 11;
  const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
  const text = (alphabet: string, length: number) =>
    Array.from({ length }, () => alphabet[rand(alphabet.length)]).join('');

  it('selfClass counts 我X and 全X in text order, ties to the first seen', () => {
    const plain = (norm: string) => {
      const counts = new Map<string, number>();
      for (let i = 0; i + 1 < Math.min(norm.length, 40000); i++) {
        if ((norm[i] === '我' || norm[i] === '全') && '省市县区州旗盟'.includes(norm[i + 1])) {
          counts.set(norm[i + 1], (counts.get(norm[i + 1]) ?? 0) + (norm[i] === '我' ? 3 : 1));
        }
      }
      let best: string | null = null;
      for (const [k, v] of counts) if (best === null || v > (counts.get(best) ?? 0)) best = k;
      return best;
    };
    for (let n = 0; n < 300; n++) {
      const s = text('我全省市县区州旗盟的', 1 + rand(60));
      expect(selfClass(s), s).toBe(plain(s));
    }
    expect(selfClass('全市'.repeat(30000) + '我县')).toBe('市'); // past 40,000 characters nothing counts
  });

  it('scanDivisions finds what a name-by-name search finds', () => {
    const names = ['兴山县', '兴山', '宜昌市', '宜昌', '湖北省', '湖北', '北京市', '天门市'];
    for (let n = 0; n < 200; n++) {
      const s = Array.from({ length: 1 + rand(12) }, () =>
        rand(3) ? names[rand(names.length)] : text('的和市县', 1 + rand(3)),
      ).join('');
      const found = scanDivisions(s).map((m) => s.slice(m.start, m.end));
      // Longest first, left to right, no overlaps: a greedy walk over the positions.
      const expected: string[] = [];
      for (let i = 0; i < s.length;) {
        let hit = '';
        for (let e = s.length; e > i + 1 && !hit; e--) if (divisionsNamed(s.slice(i, e)).length) hit = s.slice(i, e);
        if (hit) expected.push(hit);
        i += hit.length || 1;
      }
      expect(found, s).toEqual(expected);
    }
  });
});
