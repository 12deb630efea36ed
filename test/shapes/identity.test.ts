// One rule for "the same report" (core/shapes/identity.ts), for storage and the CLI's library alike.
import { describe, expect, it } from 'vitest';
import { addressOf, canonicalUrl, contentHash, matchRecord, reportKey } from '../../core/shapes/identity';

const meta = (
  region: string | null,
  year: number | null,
  kind: 'gwr' | 'progress' | 'other' = 'gwr',
  period: string | null = null,
) => ({
  kind,
  region,
  report_year: year,
  period,
});

describe('identity', () => {
  it('addresses: the fragment dropped, each report of a compilation its own', () => {
    expect(canonicalUrl('http://a.gov.cn/1.html#p2')).toBe('http://a.gov.cn/1.html');
    expect(addressOf('http://a.gov.cn/1.html#top', { index: 3, count: 16 })).toBe('http://a.gov.cn/1.html#report-3');
    expect(addressOf('http://a.gov.cn/1.html', { index: 1, count: 1 })).toBe('http://a.gov.cn/1.html');
  });

  it('content: the same text re-wrapped hashes the same, another text not', async () => {
    const a = await contentHash('各位代表:\n现在,我代表市人民政府');
    expect(await contentHash(' 各位代表:  现在,\n\n我代表市人民政府 ')).toBe(a);
    expect(await contentHash('各位代表:现在,我代表县人民政府')).not.toBe(a);
  });

  it('same report: region, year and kind, and the period of a progress notice', () => {
    expect(reportKey(meta('高安市', 2023))).toBe('gwr|高安市|2023');
    expect(reportKey(meta('天门市', 2023, 'progress', 'H1'))).not.toBe(
      reportKey(meta('天门市', 2023, 'progress', 'Q3')),
    );
    expect(reportKey(meta('高安市', 2023, 'other'))).toBeNull();
    expect(reportKey(meta(null, 2023))).toBeNull();
    expect(reportKey(meta('高安市', null))).toBeNull();
  });

  it('the rules in order, each named: url, then content, then same report', async () => {
    const records = [
      { id: 1, address: 'http://a/1', hash: 'h1', key: 'gwr|高安市|2023' },
      { id: 2, address: 'http://a/2', hash: 'h2', key: 'gwr|邯郸市|2023' },
    ];
    const lookup = {
      byAddress: (a: string) => records.find((r) => r.address === a),
      byHash: (h: string) => records.find((r) => r.hash === h),
      byReport: async (k: string) => Promise.resolve(records.find((r) => r.key === k)),
    };
    const page = (address: string, hash: string, region: string | null) => ({
      address,
      hash,
      extraction: meta(region, 2023),
    });
    expect(await matchRecord(page('http://a/1', 'h2', '邯郸市'), lookup)).toEqual({ via: 'url', record: records[0] });
    expect(await matchRecord(page('http://b/9', 'h2', '高安市'), lookup)).toEqual({
      via: 'content',
      record: records[1],
    });
    expect(await matchRecord(page('http://b/9', 'h9', '高安市'), lookup)).toEqual({
      via: 'same-report',
      record: records[0],
    });
    expect(await matchRecord(page('http://b/9', 'h9', '龙南市'), lookup)).toBeNull();
    expect(await matchRecord(page('http://b/9', 'h9', null), lookup)).toBeNull();
  });
});
