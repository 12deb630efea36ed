// The saved records a comparison of one report needs, read from the indexes, never the whole library
// (which may hold 10,000 reports): the same region's other years, the area above and the areas a relative
// target names, the same year's other regions (one record each, metadata and targets only), and for a
// progress notice the work report it tracks. Records come with the user's corrections applied; page texts
// only where linking needs them.
import { Dexie } from 'dexie';
import type { Extraction } from '../core/types';
import type { LibraryDB } from './db';
import { effectiveExtraction } from './library';
import type { StoredReport, TargetsRow } from './record';
import { withTexts } from './rows';

/** What core/compare takes: an extraction, with the page text when tasks are linked to it. */
export type ComparisonRecord = Extraction & { text?: string };

/** Other regions' reports read for peers at most; the first saved win (a library this size is a dataset). */
export const PEER_LIMIT = 300;
/** Work reports tried as a notice's source when its region or year is unknown (each is linked in full). */
export const SOURCE_LIMIT = 20;

const KEY = '[region+report_year+kind]';

function byRegionYear(db: LibraryDB, region: string, year: number, kind: Extraction['kind']): Promise<StoredReport[]> {
  return db.reports.where(KEY).equals([region, year, kind]).toArray();
}

/**
 * Ids of the first saved record of each region with `year` and `kind`, from the small summaries of that
 * year and kind (schema v4's [report_year+kind] index; a few hundred rows, in id order). Records without
 * a region cannot be peers.
 */
async function firstPerRegion(
  db: LibraryDB,
  year: number,
  kind: Extraction['kind'],
  skip: string | null,
  limit: number,
): Promise<number[]> {
  const seen = new Set<string>();
  const ids: number[] = [];
  for (const s of await db.summaries.where('[report_year+kind]').equals([year, kind]).toArray()) {
    if (!s.region || s.region === skip || seen.has(s.region)) continue;
    seen.add(s.region);
    ids.push(s.id);
  }
  return ids.sort((a, b) => a - b).slice(0, limit);
}

/** A notice whose region or year is unknown: the work reports it may track, by the part that is known. */
async function sourceCandidates(db: LibraryDB, region: string | null, year: number | null): Promise<StoredReport[]> {
  if (region && year !== null) return byRegionYear(db, region, year, 'gwr');
  if (region) {
    return db.reports
      .where(KEY)
      .between([region, Dexie.minKey, Dexie.minKey], [region, Dexie.maxKey, Dexie.maxKey])
      .filter((r) => r.kind === 'gwr')
      .limit(SOURCE_LIMIT)
      .toArray();
  }
  if (year !== null) return db.reports.bulkGet(await firstPerRegion(db, year, 'gwr', null, SOURCE_LIMIT)).then(present);
  return [];
}

const present = <T>(rows: Array<T | undefined>): T[] => rows.filter((r): r is T => r !== undefined);

/** The candidate records for comparing `current`, oldest saved first (core/compare takes the first match). */
export async function comparisonLibrary(
  db: LibraryDB,
  current: Extraction,
  ownId?: number,
): Promise<ComparisonRecord[]> {
  const { region, report_year: year } = current;
  let rows: StoredReport[] = [];
  // Peers come as `targets` rows (corrections applied, no actuals or tasks): core/compare reads only their
  // metadata and targets. A peer also read in full (the province) keeps its full record.
  let peers: TargetsRow[] = [];
  let needText = false;
  await db.transaction('r', db.tables, async () => {
    if (current.kind === 'progress') {
      rows = await sourceCandidates(db, region, year);
      needText = true; // the notice's tasks are linked to the report's sentences
      return;
    }
    if (current.kind !== 'gwr' || year === null) return;
    const reads: Array<Promise<StoredReport[]>> = [];
    if (region) {
      reads.push(byRegionYear(db, region, year - 1, 'gwr')); // outcomes and changes
      reads.push(byRegionYear(db, region, year, 'progress')); // a notice on this report
    }
    // The area above (peers' parent) and the areas a relative target names (全省, 全国), for the year the
    // report reviews too: their results are what 高于全省 targets are judged against.
    const years = new Set([year, ...(current.review_year === null ? [] : [current.review_year + 1])]);
    for (const area of new Set([current.province, '全国'])) {
      if (area && area !== region) for (const y of years) reads.push(byRegionYear(db, area, y, 'gwr'));
    }
    const [near, peerIds] = await Promise.all([
      Promise.all(reads),
      firstPerRegion(db, year, 'gwr', region, PEER_LIMIT),
    ]);
    rows = near.flat();
    const had = new Set(rows.map((r) => r.id));
    peers = present(await db.targets.bulkGet(peerIds.filter((id) => !had.has(id)))); // the province is a peer too
  });
  const seen = new Set<number>(ownId === undefined ? [] : [ownId]);
  const keep = (id: number) => !seen.has(id) && !!seen.add(id);
  const unique = rows.filter((r) => keep(r.id!)).sort((a, b) => a.id! - b.id!);
  if (needText) return (await withTexts(db, unique)).map((r) => ({ ...effectiveExtraction(r), text: r.text }));
  const records = [
    ...unique.map((r) => ({ id: r.id!, extraction: effectiveExtraction(r) })),
    ...peers.filter((p) => keep(p.id)),
  ];
  return records.sort((a, b) => a.id - b.id).map((r) => r.extraction);
}
