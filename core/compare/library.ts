// Finding related records in the saved library, and which saved records a comparison needs at all.
// A record is "the same region" only when both name it: comparing a report with an unknown region would pair
// strangers. The lookups below take whatever library they are given; `comparisonNeeds` says which records
// they can ever pick, so that the popup (through the database's indexes, storage/comparison.ts) and the
// dashboard (through its list of summaries) read those and nothing else, and both get the answer the whole
// library would give, up to the stated limits.
import type { Extraction, Kind } from '../types';

export type Saved = Extraction & { text?: string };

const sameRegion = (a: Saved, b: Saved) => !!a.region && a.region === b.region;

/** The work report of the same region for `year` (the first saved, so the answer is stable). */
export function reportFor(library: Saved[], of: Saved, year: number | null): Saved | null {
  if (year === null) return null;
  return library.find((r) => r !== of && r.kind === 'gwr' && sameRegion(r, of) && r.report_year === year) ?? null;
}

/** Work reports of the other saved regions for the same year, one per region. */
export function peerReports(library: Saved[], of: Saved): Saved[] {
  const seen = new Set<string>();
  const out: Saved[] = [];
  for (const r of library) {
    if (
      r.kind !== 'gwr' ||
      !r.region ||
      r.region === of.region ||
      r.report_year !== of.report_year ||
      of.report_year === null
    )
      continue;
    if (seen.has(r.region)) continue;
    seen.add(r.region);
    out.push(r);
  }
  return out;
}

/**
 * The report of the area above. A prefecture's or a county's province is in the record (`province`);
 * a county's prefecture is not, so for now the parent is always the province.
 */
export function parentReport(library: Saved[], of: Saved, year: number | null): Saved | null {
  if (!of.province || of.level === 'province' || of.level === 'national' || year === null) return null;
  return library.find((r) => r.kind === 'gwr' && r.region === of.province && r.report_year === year) ?? null;
}

/** The area a relative target names: 全省 -> the record's province, 全国 -> 全国. */
const areaNamed = (area: string, of: Saved) =>
  /^全?国$/.test(area) ? '全国' : /^全?省$/.test(area) ? of.province : null;

/** The report of the area a relative target names, reviewing `reviewYear` (so planning the year after it). */
export function areaReport(library: Saved[], of: Saved, area: string, reviewYear: number | null): Saved | null {
  const region = areaNamed(area, of);
  if (!region || reviewYear === null) return null;
  return library.find((r) => r.kind === 'gwr' && r.region === region && r.report_year === reviewYear + 1) ?? null;
}

/** A saved progress notice on this work report: same region, same year (both known). */
export function noticeFor(library: Saved[], of: Saved): Saved | null {
  if (!of.region || of.report_year === null) return null;
  return (
    library.find(
      (r) => r.kind === 'progress' && r.rows.length && r.region === of.region && r.report_year === of.report_year,
    ) ?? null
  );
}

// A field both records state must agree; a field either leaves unknown does not rule a record out.
const agree = <T>(a: T | null, b: T | null) => a === null || b === null || a === b;

/**
 * The work reports a progress notice may track, with their texts (the tasks are linked to their sentences):
 * the same region and year where the notice states them. A report whose own region or year is unknown is
 * not one (no index can find it), nor is any report for a notice that states neither.
 */
export function sourceCandidates(library: Saved[], notice: Saved): Saved[] {
  if (!notice.region && notice.report_year === null) return [];
  return library.filter(
    (r) =>
      r !== notice &&
      r.kind === 'gwr' &&
      !!r.text &&
      !!r.region &&
      r.report_year !== null &&
      agree(r.region, notice.region) &&
      agree(r.report_year, notice.report_year),
  );
}

// ---- what a comparison reads ----

/** Other regions' work reports read for peers at most: the first saved win (a library this size is a dataset). */
export const PEER_LIMIT = 300;
/** Work reports tried as a notice's source when its region or year is unknown (each is linked in full). */
export const SOURCE_LIMIT = 20;

/** Every saved record of one region, year and kind. */
export interface RecordGroup {
  region: string;
  report_year: number;
  kind: Kind;
}

/**
 * The saved records a comparison of one report reads. Whatever reads them (database indexes, a list of
 * summaries in memory), the records are those `neededIds` picks from the whole library.
 */
export interface ComparisonNeeds {
  /** Every record of each group. */
  groups: RecordGroup[];
  /** A region's work reports whose year is known, the first `limit` by year, then by save order. */
  region: { region: string; limit: number } | null;
  /**
   * Records of one year and kind from other regions: the first saved of each region whose region is known,
   * for the first `limit` such regions in save order. Without `text`, only their metadata and targets are read.
   */
  firstPerRegion: { report_year: number; kind: Kind; except: string | null; limit: number } | null;
  /** Whether the records' page texts are read: a notice's tasks are linked to its report's sentences. */
  text: boolean;
}

const NONE: ComparisonNeeds = { groups: [], region: null, firstPerRegion: null, text: false };

/**
 * What `compareReport(current, library)` can pick, as queries: for a work report, the region's last year
 * (outcomes, changes) and its progress notices of the year, the province and 全国 (the area above, the
 * areas a relative target names) and one report per other region of the year (peers); for a notice, the
 * work reports it may track (`sourceCandidates`).
 */
export function comparisonNeeds(current: Extraction): ComparisonNeeds {
  const { region, report_year: year } = current;
  if (current.kind === 'progress') {
    if (region && year !== null) return { ...NONE, groups: [{ region, report_year: year, kind: 'gwr' }], text: true };
    if (region) return { ...NONE, region: { region, limit: SOURCE_LIMIT }, text: true };
    if (year !== null) {
      return {
        ...NONE,
        firstPerRegion: { report_year: year, kind: 'gwr', except: null, limit: SOURCE_LIMIT },
        text: true,
      };
    }
    return NONE;
  }
  if (current.kind !== 'gwr' || year === null) return NONE;
  const groups: RecordGroup[] = [];
  if (region) {
    groups.push({ region, report_year: year - 1, kind: 'gwr' }); // outcomes and changes
    groups.push({ region, report_year: year, kind: 'progress' }); // a notice on this report
  }
  // The area above (the parent of peers) for this year, and the areas a relative target names for the year
  // after the one this report reviews: their results are what 高于全省 targets are judged against. (The
  // region itself may be such an area, 全国 naming 全国: its other copies of the year are read too.)
  const years = new Set([year, ...(current.review_year === null ? [] : [current.review_year + 1])]);
  for (const area of new Set([current.province, '全国'])) {
    if (area) for (const y of years) groups.push({ region: area, report_year: y, kind: 'gwr' });
  }
  return {
    ...NONE,
    groups,
    firstPerRegion: { report_year: year, kind: 'gwr', except: region, limit: PEER_LIMIT },
  };
}

/** What `neededIds` reads of a record: its index keys (corrections applied). */
export interface RecordKeys {
  id: number;
  region: string | null;
  report_year: number | null;
  kind: Kind;
}

/** The ids of the first saved record of each region of `q`'s year and kind, the first `q.limit` regions. */
export function firstPerRegion(
  library: readonly RecordKeys[],
  q: NonNullable<ComparisonNeeds['firstPerRegion']>,
): number[] {
  const first = new Map<string, number>();
  for (const r of library) {
    if (r.kind !== q.kind || r.report_year !== q.report_year || !r.region || r.region === q.except) continue;
    const had = first.get(r.region);
    if (had === undefined || r.id < had) first.set(r.region, r.id);
  }
  return [...first.values()].sort((a, b) => a - b).slice(0, q.limit);
}

/** The ids `needs` names in a library (any order), ascending, without `ownId`: the records to read. */
export function neededIds(needs: ComparisonNeeds, library: readonly RecordKeys[], ownId?: number): number[] {
  const ids = new Set<number>();
  const groups = new Set(needs.groups.map((g) => `${g.region}|${g.report_year}|${g.kind}`));
  const ofRegion: RecordKeys[] = [];
  for (const r of library) {
    if (r.region && r.report_year !== null && groups.has(`${r.region}|${r.report_year}|${r.kind}`)) ids.add(r.id);
    if (needs.region && r.region === needs.region.region && r.report_year !== null && r.kind === 'gwr')
      ofRegion.push(r);
  }
  ofRegion.sort((a, b) => a.report_year! - b.report_year! || a.id - b.id);
  for (const r of ofRegion.slice(0, needs.region?.limit)) ids.add(r.id);
  if (needs.firstPerRegion) for (const id of firstPerRegion(library, needs.firstPerRegion)) ids.add(id);
  if (ownId !== undefined) ids.delete(ownId);
  return [...ids].sort((a, b) => a - b);
}
