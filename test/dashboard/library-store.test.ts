import { describe, expect, it } from 'vitest';
import { createLibraryStore, PAGE_SIZE } from '../../components/dashboard/library-store';
import { facetsOf, filterSummaries, NO_FILTER, pageOf } from '../../components/dashboard/list-model';
import { memorySource, summaries } from './fixtures';

describe('list model', () => {
  const list = summaries(200);

  it('filters by region, year, kind and text', () => {
    expect(filterSummaries(list, { ...NO_FILTER, kind: 'progress' }).every((s) => s.kind === 'progress')).toBe(true);
    const y = filterSummaries(list, { ...NO_FILTER, year: 2016, kind: 'gwr' });
    expect(y.length).toBeGreaterThan(0);
    expect(y.every((s) => s.report_year === 2016 && s.kind === 'gwr')).toBe(true);
    expect(filterSummaries(list, { ...NO_FILTER, query: '宁波' }).every((s) => s.region?.includes('宁波'))).toBe(true);
    const titles = new Map([[5, '2020年某县政府工作报告']]);
    expect(filterSummaries(list, { ...NO_FILTER, query: '某县' }, titles).map((s) => s.id)).toEqual([5]);
  });

  it('lists facets once each, newest year first', () => {
    const f = facetsOf(list);
    expect(new Set(f.regions).size).toBe(f.regions.length);
    expect(f.years[0]).toBe(2025);
    expect(f.kinds).toEqual(['gwr', 'progress', 'other']);
  });

  it('clamps pages', () => {
    expect(pageOf([1, 2, 3], 5, 2)).toEqual({ rows: [3], page: 1, pages: 2, total: 3 });
    expect(pageOf([], 0, 2)).toEqual({ rows: [], page: 0, pages: 1, total: 0 });
  });
});

describe('library store', () => {
  it('computes the first page of 10,000 reports quickly, fetching titles for that page only', async () => {
    const { source, calls } = memorySource(summaries(10_000));
    const lib = createLibraryStore(source);
    const t0 = performance.now();
    await lib.load();
    const page = lib.page();
    const ms = performance.now() - t0;
    const detailsForFirstPage = calls.detailIds;
    console.log(
      `[dashboard] first page of 10,000 summaries (load + sort + filter + page + row details): ${ms.toFixed(1)} ms`,
    );
    const t1 = performance.now();
    await lib.setFilter({ kind: 'gwr', year: 2020 });
    const filtered = lib.page();
    console.log(
      `[dashboard] refilter 10,000 summaries to one year and kind: ${(performance.now() - t1).toFixed(1)} ms`,
    );
    expect(page.total).toBe(10_000);
    expect(page.rows).toHaveLength(PAGE_SIZE);
    expect(page.rows[0].id).toBe(10_000); // newest first
    expect(calls.load).toBe(0); // no whole record was read for the list
    expect(detailsForFirstPage).toBe(PAGE_SIZE);
    // The filtered page asks only for the titles it does not know yet.
    expect(calls.detailIds).toBe(PAGE_SIZE + filtered.rows.filter((s) => !page.rows.includes(s)).length);
    expect(filtered.rows.every((s) => s.kind === 'gwr' && s.report_year === 2020)).toBe(true);
    expect(lib.store.get().details.get(filtered.rows[0].id)?.title).toBe(`报告${filtered.rows[0].id}`);
  });

  it('reads every title once, only when the user searches', async () => {
    const { source, calls } = memorySource(summaries(300));
    const lib = createLibraryStore(source);
    await lib.load();
    expect(calls.allTitles).toBe(0);
    const first = lib.setFilter({ query: '报' });
    expect(lib.store.get().searching).toBe(true);
    await Promise.all([first, lib.setFilter({ query: '报告12' })]);
    expect(calls.allTitles).toBe(1);
    expect(lib.store.get().searching).toBe(false);
    expect(
      lib
        .filtered()
        .map((s) => s.id)
        .sort((a, b) => a - b),
    ).toEqual([12, ...Array.from({ length: 10 }, (_, i) => 120 + i)]);
  });

  it('deletes and undoes, the row back in its place', async () => {
    const mem = memorySource(summaries(120));
    const lib = createLibraryStore(mem.source);
    await lib.load();
    const before = lib.filtered().map((s) => s.id);
    await lib.remove(100);
    expect(lib.filtered().map((s) => s.id)).not.toContain(100);
    expect(mem.rows().some((s) => s.id === 100)).toBe(false);
    expect(lib.store.get().undo?.summary.id).toBe(100);
    await lib.undo();
    expect(lib.filtered().map((s) => s.id)).toEqual(before);
    expect(mem.rows().some((s) => s.id === 100)).toBe(true);
    expect(lib.store.get().undo).toBeNull();
  });

  it('keeps the deletion when the undo is dismissed', async () => {
    const mem = memorySource(summaries(10));
    const lib = createLibraryStore(mem.source);
    await lib.load();
    await lib.remove(3);
    lib.dismissUndo();
    await lib.undo();
    expect(mem.rows().map((s) => s.id)).not.toContain(3);
  });

  it('says why a search could not read the titles, and tries again next time', async () => {
    const { source, calls } = memorySource(summaries(20));
    const real = source.allTitles;
    source.allTitles = async () => {
      calls.allTitles++;
      throw new Error('read failed');
    };
    const lib = createLibraryStore(source);
    await lib.load();
    await lib.setFilter({ query: '报告' });
    expect(lib.store.get()).toMatchObject({ searching: false, error: 'read failed', allTitles: false });
    source.allTitles = real;
    await lib.setFilter({ query: '报告1' });
    expect(lib.store.get().allTitles).toBe(true);
    expect(lib.filtered().length).toBe(11);
  });

  it('reports a failing library as an error state', async () => {
    const { source } = memorySource([]);
    source.summaries = async () => {
      throw new Error('IndexedDB blocked');
    };
    const lib = createLibraryStore(source);
    await lib.load();
    expect(lib.store.get()).toMatchObject({ status: 'error', error: 'IndexedDB blocked' });
  });
});
