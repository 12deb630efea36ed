// The library as a library: sorting, search into indicators and sentences, row counts and verdicts, the address.
import { describe, expect, it } from 'vitest';
import { createLibraryStore } from '../../components/dashboard/library-store';
import { filterSummaries, NO_FILTER } from '../../components/dashboard/list-model';
import { rowStats, searchText } from '../../components/dashboard/list-stats';
import { readUrlState, urlFor } from '../../components/dashboard/url-state';
import { busiestYear, columnOrder, rowShades } from '../../components/dashboard/matrix-sort';
import { matrixOf } from '../../components/dashboard/matrix-model';
import type { LoadedReport } from '../../components/dashboard/source';
import { extraction, item, memorySource, summaries } from './fixtures';

const loaded = (id: number, e: ReturnType<typeof extraction>): LoadedReport => ({
  id,
  title: e.title ?? '',
  url: `https://example.gov.cn/${id}`,
  savedAt: id * 1000,
  extraction: e,
});

describe('list order', () => {
  it('sorts by region, year and kind, newest saved first among equals, and back', () => {
    const list = summaries(40).sort((a, b) => b.id - a.id); // as the store keeps it: newest first
    const byYear = filterSummaries(list, { ...NO_FILTER, sort: { key: 'year', desc: true } });
    expect(byYear.map((s) => s.report_year)).toEqual([...list.map((s) => s.report_year)].sort((a, b) => b! - a!));
    const same = byYear.filter((s) => s.report_year === byYear[0].report_year).map((s) => s.id);
    expect(same).toEqual([...same].sort((a, b) => b - a));
    const asc = filterSummaries(list, { ...NO_FILTER, sort: { key: 'saved', desc: false } });
    expect(asc[0].id).toBe(1);
    const kinds = filterSummaries(list, { ...NO_FILTER, sort: { key: 'kind', desc: false } }).map((s) => s.kind);
    expect(kinds.indexOf('progress')).toBeGreaterThan(kinds.lastIndexOf('gwr'));
  });
});

describe('search into contents', () => {
  const unemployment = extraction('天门市', 2023, {
    targets: [item('unemployment_urban_surveyed', '城镇调查失业率', 5.5, { measure: 'rate', qualifier: '以内' })],
  });
  const other = extraction('宁波市', 2023, { targets: [item('gdp', '地区生产总值', 5)] });

  it('finds a report by a word of its indicators ("失业" → 城镇调查失业率), reading records in chunks', async () => {
    const list = [
      { id: 1, region: '天门市', report_year: 2023, kind: 'gwr' as const },
      { id: 2, region: '宁波市', report_year: 2023, kind: 'gwr' as const },
    ];
    const mem = memorySource(
      list,
      new Map([
        [1, loaded(1, unemployment)],
        [2, loaded(2, other)],
      ]),
    );
    const lib = createLibraryStore(mem.source);
    await lib.load();
    await lib.setFilter({ query: '失业' });
    await expect.poll(() => lib.store.get().contentProgress).toBeNull();
    expect(lib.filtered().map((s) => s.id)).toEqual([1]);
    expect(searchText(unemployment)).toContain('城镇调查失业率');
  });

  it("counts a row and judges last year's targets by its results", async () => {
    const y2022 = extraction('天门市', 2022, {
      targets: [item('gdp', '地区生产总值', 7), item('cpi', '居民消费价格', 3, { qualifier: '左右' })],
    });
    const y2023 = extraction('天门市', 2023, {
      actuals: [item('gdp', '地区生产总值', 7.5), item('cpi', '居民消费价格', 5)],
    });
    const s = rowStats(y2023, y2022);
    expect(s).toMatchObject({ targets: 0, actuals: 2, tasks: 0, rows: 0 });
    expect(s.verdicts).toEqual({ met: 1, close: 0, missed: 1, unknown: 0 });
    expect(rowStats(y2023, null).verdicts).toBeNull();

    const list = [
      { id: 1, region: '天门市', report_year: 2022, kind: 'gwr' as const },
      { id: 2, region: '天门市', report_year: 2023, kind: 'gwr' as const },
    ];
    const mem = memorySource(
      list,
      new Map([
        [1, loaded(1, y2022)],
        [2, loaded(2, y2023)],
      ]),
    );
    const lib = createLibraryStore(mem.source);
    await lib.load();
    expect(mem.calls.load).toBe(0); // the list itself reads no record
    await lib.ensureStats([2]);
    expect(lib.store.get().stats.get(2)?.verdicts).toEqual({ met: 1, close: 0, missed: 1, unknown: 0 });
    expect(mem.calls.loadIds).toBe(2); // the row's record and its region's report for the year before
  });
});

describe('address', () => {
  it('reads and writes the view and the selected report', () => {
    expect(readUrlState('?view=matrix&report=12')).toEqual({ view: 'matrix', report: 12 });
    expect(readUrlState('?report=abc')).toEqual({ view: null, report: null });
    expect(urlFor({ view: 'matrix', report: 7 })).toBe('?view=matrix&report=7');
    expect(urlFor({ view: 'library', report: 7 })).toBe('?report=7'); // the popup's deep link, as it is
    expect(urlFor({ view: 'library', report: null })).toBe('');
    expect(readUrlState(urlFor({ view: 'progress', report: null }))).toEqual({ view: 'progress', report: null });
  });
});

describe('matrix order', () => {
  const reports = [
    extraction('天门市', 2023, { targets: [item('gdp', '地区生产总值', 7)] }),
    extraction('宁波市', 2023, { targets: [item('gdp', '地区生产总值', 5.5)] }),
    extraction('襄阳市', 2023, { targets: [item('gdp', '地区生产总值', 8)] }),
  ];

  it('orders the regions by a row, shades each row from low to high, opens on the busiest year', () => {
    const m = matrixOf(reports, 2023, 'targets');
    const order = columnOrder(m, { row: 'gdp|growth', desc: true }).map((i) => m.regions[i]);
    expect(order).toEqual(['襄阳市', '天门市', '宁波市']);
    const shades = rowShades(m.rows[0].cells);
    expect(Math.min(...(shades as number[]))).toBe(0);
    expect(Math.max(...(shades as number[]))).toBe(1);
    expect(busiestYear([2022, 2023, 2023, 2024, null], 'targets')).toBe(2023);
    expect(busiestYear([2022, 2023, 2023, 2024, null], 'actuals')).toBe(2022);
  });
});

describe('English', () => {
  it('has no Chinese in the messages the dashboard and the exports use', async () => {
    const en = (await import('../../public/_locales/en/messages.json')).default as Record<string, { message: string }>;
    const ours = Object.entries(en).filter(([k]) => /^(dash|x)/.test(k));
    expect(ours.length).toBeGreaterThan(80);
    for (const [k, m] of ours) expect(`${k}: ${m.message}`).not.toMatch(/[\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]/);
  });

  it('writes amounts with signs for qualifiers and English units, dates in the chosen language', async () => {
    const { formatAmount, formatDate, unitLabel } = await import('../../components/dashboard/amount');
    expect(formatAmount({ value: 6.5, value_max: 7, unit: '%', qualifier: '左右' }, 'en')).toBe('≈6.5–7%');
    expect(formatAmount({ value: 5.5, unit: '%', qualifier: '以内' }, 'en')).toBe('≤5.5%');
    expect(formatAmount({ value: 2, unit: '万人', qualifier: '以上' }, 'en')).toBe('≥20k people');
    expect(formatAmount({ value: 296, unit: '亿元', qualifier: '超' }, 'en')).toBe('>29.6bn yuan');
    expect(formatAmount({ value: 7, unit: '%', qualifier: '左右' }, 'zh_CN')).toBe('7% 左右');
    expect(unitLabel('亿元', 'en')).toBe(' (bn yuan)');
    expect(formatDate(Date.UTC(2026, 11, 2, 12), false, 'en')).toBe('2 Dec 2026');
    expect(formatDate(Date.UTC(2026, 11, 2, 12), false, 'zh_CN')).toBe('2026年12月2日');
  });
});
