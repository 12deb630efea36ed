// The library list as pure functions of the summaries: filter, facets, one page.
import type { Kind } from '../../core/types';
import type { ReportSummary } from './source';

export interface ListFilter {
  region: string | null;
  year: number | null;
  kind: Kind | null;
  query: string; // matched in the region and, once titles are known, the title
}

export const NO_FILTER: ListFilter = { region: null, year: null, kind: null, query: '' };

export function filterSummaries(
  list: readonly ReportSummary[],
  f: ListFilter,
  titles?: ReadonlyMap<number, string>,
): ReportSummary[] {
  const q = f.query.trim().toLowerCase();
  return list.filter(
    (s) =>
      (f.region === null || s.region === f.region) &&
      (f.year === null || s.report_year === f.year) &&
      (f.kind === null || s.kind === f.kind) &&
      (!q || (s.region ?? '').toLowerCase().includes(q) || (titles?.get(s.id) ?? '').toLowerCase().includes(q)),
  );
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
