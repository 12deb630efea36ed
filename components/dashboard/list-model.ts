// The library list as pure functions of the summaries: filter, facets, one page.
import type { Kind } from '../../core/types';
import type { ReportSummary } from './source';

export interface ListFilter {
  region: string | null;
  year: number | null;
  kind: Kind | null;
  query: string; // matched in the region and, once known, the title and the indicators and sentences
  sort: ListSort;
}

export type SortKey = 'saved' | 'region' | 'year' | 'kind';
export interface ListSort {
  key: SortKey;
  desc: boolean;
}

export const NO_FILTER: ListFilter = {
  region: null,
  year: null,
  kind: null,
  query: '',
  sort: { key: 'saved', desc: true },
};

const KIND_ORDER = { gwr: 0, progress: 1, other: 2 };

const COMPARE: Record<SortKey, (a: ReportSummary, b: ReportSummary) => number> = {
  saved: (a, b) => a.id - b.id, // ids grow with each save
  region: (a, b) => (a.region ?? '\uffff').localeCompare(b.region ?? '\uffff', 'zh-CN'),
  year: (a, b) => (a.report_year ?? 0) - (b.report_year ?? 0),
  kind: (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
};

export function filterSummaries(
  list: readonly ReportSummary[],
  f: ListFilter,
  titles?: ReadonlyMap<number, string>,
  contents?: ReadonlyMap<number, string>,
): ReportSummary[] {
  const q = f.query.trim().toLowerCase();
  const out = list.filter(
    (s) =>
      (f.region === null || s.region === f.region) &&
      (f.year === null || s.report_year === f.year) &&
      (f.kind === null || s.kind === f.kind) &&
      (!q ||
        (s.region ?? '').toLowerCase().includes(q) ||
        (titles?.get(s.id) ?? '').toLowerCase().includes(q) ||
        (contents?.get(s.id) ?? '').includes(q)),
  );
  // The list arrives newest first; other orders keep that as the tie-break (a stable sort).
  const { key, desc } = f.sort ?? NO_FILTER.sort;
  if (key === 'saved') return desc ? out : out.reverse();
  const cmp = COMPARE[key];
  return out.sort((a, b) => (desc ? cmp(b, a) : cmp(a, b)) || b.id - a.id);
}

export interface Facets {
  regions: string[];
  years: number[]; // newest first
  kinds: Kind[];
}

export function facetsOf(list: readonly ReportSummary[]): Facets {
  const regions = new Set<string>(),
    years = new Set<number>(),
    kinds = new Set<Kind>();
  for (const s of list) {
    if (s.region) regions.add(s.region);
    if (s.report_year !== null) years.add(s.report_year);
    kinds.add(s.kind);
  }
  return {
    regions: [...regions].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    years: [...years].sort((a, b) => b - a),
    kinds: (['gwr', 'progress', 'other'] as Kind[]).filter((k) => kinds.has(k)),
  };
}

export interface Page<T> {
  rows: T[];
  page: number; // 0-based, clamped to the last page
  pages: number;
  total: number;
}

export function pageOf<T>(list: readonly T[], page: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(list.length / size));
  const p = Math.min(Math.max(0, page), pages - 1);
  return { rows: list.slice(p * size, (p + 1) * size), page: p, pages, total: list.length };
}
