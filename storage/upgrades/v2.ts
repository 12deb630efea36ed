// Schema v2's upgrade, with the helpers as they were when it was written: a later change to how corrections
// apply (storage/corrections.ts) must not change what this step writes. Frozen: never edit; a change of the
// derived fields is a new version with its own upgrade.
import type { Transaction } from 'dexie';

interface V2Item {
  indicator: string;
  label: string;
  value: number | null;
}
interface V2Extraction {
  region: string | null;
  report_year: number | null;
  review_year: number | null;
  kind: string;
  targets: V2Item[];
  actuals: V2Item[];
}
interface V2Corrections {
  region?: string | null;
  report_year?: number | null;
  kind?: string;
  items?: Record<string, { value: number | null }>;
}

/** The user's corrections applied to an extraction (storage/corrections.ts `applyCorrections` at v2). */
export function applyCorrectionsV2<E extends V2Extraction>(extraction: E, corrections: V2Corrections): E {
  const out: E = { ...extraction };
  if ('region' in corrections) out.region = corrections.region ?? null;
  if ('report_year' in corrections) {
    out.report_year = corrections.report_year ?? null;
    out.review_year = out.report_year === null ? null : out.report_year - 1;
  }
  if (corrections.kind) out.kind = corrections.kind;
  const items = corrections.items;
  if (items) {
    const fix = (list: string) => (item: V2Item) => {
      const c = items[`${list}:${item.indicator}:${item.label}`];
      return c ? { ...item, value: c.value } : item;
    };
    out.targets = extraction.targets.map(fix('targets'));
    out.actuals = extraction.actuals.map(fix('actuals'));
  }
  return out;
}

/** v2: mirrors (`urls`) and the index keys (region, year, kind), corrections applied. */
export function upgradeV2(tx: Transaction) {
  return tx
    .table('reports')
    .toCollection()
    .modify((r: { url: string; urls?: string[]; extraction: V2Extraction; corrections?: V2Corrections }) => {
      r.urls ??= [r.url];
      r.corrections ??= {};
      const e = applyCorrectionsV2(r.extraction, r.corrections);
      Object.assign(r, { region: e.region, report_year: e.report_year, kind: e.kind });
    });
}
