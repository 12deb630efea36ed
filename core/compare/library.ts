// Finding related records in the saved library. A record is "the same region" only when both name it:
// comparing a report with an unknown region would pair strangers.
import type { Extraction } from '../types';

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

/** The report of the area a relative target names (全省 -> the record's province, 全国 -> 全国), reviewing `year`. */
export function areaReport(library: Saved[], of: Saved, area: string, reviewYear: number | null): Saved | null {
  const region = /^全?国$/.test(area) ? '全国' : /^全?省$/.test(area) ? of.province : null;
  if (!region || reviewYear === null) return null;
  return library.find((r) => r.kind === 'gwr' && r.region === region && r.review_year === reviewYear) ?? null;
}
