// The saved records a comparison of one report needs (core/compare/library.ts `comparisonNeeds` says which),
// read from the indexes, never the whole library (which may hold 10,000 reports). Records come with the
// user's corrections applied; page texts only where linking needs them.
import { Dexie } from 'dexie';
import { comparisonNeeds, firstPerRegion, type ComparisonNeeds, type RecordGroup } from '../core/compare/library';
import type { Extraction } from '../core/types';
import type { LibraryDB } from './db';
import { effectiveExtraction } from './library';
import type { StoredReport, TargetsRow } from './record';
import { withTexts } from './rows';

/** What core/compare takes: an extraction, with the page text when tasks are linked to it. */
export type ComparisonRecord = Extraction & { text?: string };

const KEY = '[region+report_year+kind]';

const group = (db: LibraryDB, g: RecordGroup) =>
  db.reports.where(KEY).equals([g.region, g.report_year, g.kind]).toArray();

/**
 * A region's work reports with a known year, by year then save order (the index's order). The bounds name
 * the region and one bound each: a key may not hold the same array (Dexie.maxKey) twice.
 */
const ofRegion = (db: LibraryDB, region: string, limit: number) =>
  db.reports
    .where(KEY)
    .between([region, Dexie.minKey], [region, Dexie.maxKey])
    .filter((r) => r.kind === 'gwr')
    .limit(limit)
    .toArray();

/** The first saved record per region, from the small summaries of one year and kind (schema v4's index). */
async function firstPerRegionIds(db: LibraryDB, q: NonNullable<ComparisonNeeds['firstPerRegion']>) {
  return firstPerRegion(await db.summaries.where('[report_year+kind]').equals([q.report_year, q.kind]).toArray(), q);
}

const present = <T>(rows: Array<T | undefined>): T[] => rows.filter((r): r is T => r !== undefined);

/**
 * The records `needs` names, without `ownId`, in save order: whole records, and for records met only as one
 * of the first per region (peers) without page texts, their `targets` rows (metadata and targets only:
 * core/compare reads nothing else of a peer).
 * @internal exported for the test that the indexes read what `neededIds` picks
 */
export async function readNeeds(
  db: LibraryDB,
  needs: ComparisonNeeds,
  ownId?: number,
): Promise<Array<{ id: number; record: ComparisonRecord }>> {
  let whole: StoredReport[] = [];
  let peers: TargetsRow[] = [];
  await db.transaction('r', db.tables, async () => {
    const reads = needs.groups.map((g) => group(db, g));
    if (needs.region) reads.push(ofRegion(db, needs.region.region, needs.region.limit));
    const [rows, firstIds] = await Promise.all([
      Promise.all(reads),
      needs.firstPerRegion ? firstPerRegionIds(db, needs.firstPerRegion) : [],
    ]);
    whole = rows.flat();
    const had = new Set(whole.map((r) => r.id));
    const more = firstIds.filter((id) => !had.has(id)); // the province is a peer too: read whole once
    if (needs.text) whole.push(...present(await db.reports.bulkGet(more)));
    else peers = present(await db.targets.bulkGet(more));
  });
  const seen = new Set<number>(ownId === undefined ? [] : [ownId]);
  const keep = (id: number) => !seen.has(id) && !!seen.add(id);
  const unique = whole.filter((r) => keep(r.id!));
  const records = needs.text
    ? (await withTexts(db, unique)).map((r) => ({ id: r.id!, record: { ...effectiveExtraction(r), text: r.text } }))
    : unique.map((r) => ({ id: r.id!, record: effectiveExtraction(r) }));
  for (const p of peers) if (keep(p.id)) records.push({ id: p.id, record: p.extraction });
  return records.sort((a, b) => a.id - b.id);
}

/** The candidate records for comparing `current`, oldest saved first (core/compare takes the first match). */
export async function comparisonLibrary(
  db: LibraryDB,
  current: Extraction,
  ownId?: number,
): Promise<ComparisonRecord[]> {
  return (await readNeeds(db, comparisonNeeds(current), ownId)).map((r) => r.record);
}
