// The user's corrections, applied on top of what extraction found. Pure.
import type { Extraction, Item, Kind } from '../core/types';
import type { CorrectionPatch, Corrections } from './record';

export type ItemList = 'targets' | 'actuals';

/** Identifies an item across re-extractions: offsets move when a page changes, the indicator and its wording rarely do. */
export function itemKey(list: ItemList, item: Pick<Item, 'indicator' | 'label'>): string {
  return `${list}:${item.indicator}:${item.label}`;
}

export function mergeCorrection(current: Corrections, patch: CorrectionPatch): Corrections {
  const next: Corrections = { ...current, items: { ...current.items } };
  if ('region' in patch) next.region = patch.region?.trim() || null;
  if ('report_year' in patch) next.report_year = patch.report_year ?? null;
  if (patch.kind) next.kind = patch.kind;
  if (patch.item) {
    const { key, ...fix } = patch.item;
    next.items![key] = fix;
  }
  for (const f of patch.restore?.fields ?? []) delete next[f];
  for (const k of patch.restore?.items ?? []) delete next.items![k];
  if (!Object.keys(next.items!).length) delete next.items;
  return next;
}

export function applyCorrections(extraction: Extraction, corrections: Corrections): Extraction {
  const out: Extraction = { ...extraction };
  if ('region' in corrections) out.region = corrections.region ?? null;
  if ('report_year' in corrections) {
    out.report_year = corrections.report_year ?? null;
    // A report reviews the year before the one it plans for.
    out.review_year = out.report_year === null ? null : out.report_year - 1;
  }
  if (corrections.kind) out.kind = corrections.kind;
  const items = corrections.items;
  if (items) {
    const fix = (list: ItemList) => (item: Item) => {
      const c = items[itemKey(list, item)];
      if (!c) return item;
      const out = { ...item, value: c.value };
      if (c.unit !== undefined) out.unit = c.unit?.trim() || null;
      if (c.qualifier !== undefined) out.qualifier = c.qualifier?.trim() || null;
      return out;
    };
    out.targets = extraction.targets.map(fix('targets'));
    out.actuals = extraction.actuals.map(fix('actuals'));
  }
  return out;
}

/** The index keys of a record: corrected region, year and kind. */
export function deriveKeys(
  extraction: Extraction,
  corrections: Corrections,
): { region: string | null; report_year: number | null; kind: Kind } {
  const e = applyCorrections(extraction, corrections);
  return { region: e.region, report_year: e.report_year, kind: e.kind };
}
