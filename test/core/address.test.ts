// The address rule the badge and the popup share (core/shapes/address.ts), and its frozen copy in the v6
// upgrade: they must agree until a later version changes the rule with its own upgrade.
import { describe, expect, it } from 'vitest';
import { addressKey } from '../../core/shapes/address';
import { addressKeyV6 } from '../../storage/upgrades/v6';

const PAGE = 'http://www.tianmen.gov.cn/zwgk/zfgzbg/202301/t20230130_1.shtml';

const SAME: string[] = [
  PAGE,
  `${PAGE}?from=singlemessage`,
  `${PAGE}?from=groupmessage&isappinstalled=0`,
  `${PAGE}?utm_source=wechat&utm_medium=social`,
  `${PAGE}?spm=a2c4g.11186623`,
  `${PAGE}?scene=1&clicktime=1700000000&enterid=1700000000`,
  `${PAGE}#p3`,
  'https://www.tianmen.gov.cn/zwgk/zfgzbg/202301/t20230130_1.shtml',
  'http://tianmen.gov.cn/zwgk/zfgzbg/202301/t20230130_1.shtml',
  'http://WWW.TIANMEN.GOV.CN:8080/zwgk/zfgzbg/202301/t20230130_1.shtml',
];

const OTHER: string[] = [
  'http://www.tianmen.gov.cn/zwgk/zfgzbg/202301/t20230130_2.shtml', // another path
  'http://www.tianmen.gov.cn/ZWGK/zfgzbg/202301/t20230130_1.shtml', // paths are case-sensitive
  `${PAGE}?id=2`, // a real parameter
  `${PAGE}?from=2023`, // `from` that is no share
  'http://zwgk.tianmen.gov.cn/zwgk/zfgzbg/202301/t20230130_1.shtml', // another host of the site
  `${PAGE}#report-2`, // one report of a compilation (core/shapes/identity.ts)
];

describe('addressKey', () => {
  it('gives every variant of an address one key', () => {
    for (const url of SAME) expect(addressKey(url), url).toBe(addressKey(PAGE));
  });

  it('keeps pages apart that are others', () => {
    for (const url of OTHER) expect(addressKey(url), url).not.toBe(addressKey(PAGE));
  });

  it('sorts the parameters that remain, and keeps what does not parse without its fragment', () => {
    expect(addressKey('http://a.gov.cn/p?b=2&a=1&utm_x=3')).toBe(addressKey('http://a.gov.cn/p?a=1&b=2'));
    expect(addressKey('not an address#x')).toBe('not an address');
    expect(addressKey('file:///tmp/a.html#x')).toBe('file:///tmp/a.html');
  });

  it('is what the v6 upgrade wrote', () => {
    for (const url of [...SAME, ...OTHER, 'not an address#x', 'file:///tmp/a.html'])
      expect(addressKeyV6(url)).toBe(addressKey(url));
  });
});
