// The library as a panel for analysis: one row per region × year × indicator with the target that year's
// report set, the result the next year's report gave for it, the gap and the verdict side by side (the
// judging is core/compare's); task targets that are not restatements of the main targets; progress rows.
// Pure: records in, plain rows out. The CSV and XLSX writers and the CLI all take these rows.
import { itemKey } from '../compare/items';
import { outcomes } from '../compare/outcomes';
import type { OutcomeStatus } from '../compare/judge';
import type { Extraction, Item, Level, TaskTarget } from '../types';

/** What an export needs of a saved report (storage's record has more). */
export interface ExportReport {
  title: string | null;
  url: string | null;
  extraction: Extraction;
}

export interface PanelRow {
  region: string;
  level: Level | null;
  province: string | null;
  year: number;
  indicator: string; // taxonomy id, or 'other'
  label: string;
  measure: Item['measure'];
  relative_to: string | null;
  unit: string | null;
  target: number | null;
  target_max: number | null;
  qualifier: string | null;
  result: number | null;
  estimated: boolean | null;
  gap: number | null;
  verdict: OutcomeStatus | null; // null: no target, or no report for the year after to judge it by
  target_text: string | null;
  result_text: string | null;
  title: string | null; // the report that set the target (else the one that gave the result)
  url: string | null;
}

export interface TaskRow {
  region: string | null;
  year: number | null;
  section: string;
  label: string;
  value: number;
  value_max: number | null;
  unit: string | null;
  qualifier: string | null;
  sentence: string;
  title: string | null;
  url: string | null;
}

export interface ProgressTaskRow {
  region: string | null;
  year: number | null;
  no: number;
  task: string;
  lead: string;
  partners: string;
  status: string;
  progress: string;
  title: string | null;
  url: string | null;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** A task that restates a main target or a result (its clause covers the item's span) would count it twice. */
export function isRestatement(task: TaskTarget, e: Pick<Extraction, 'targets' | 'actuals'>): boolean {
  return e.targets.some((i) => overlaps(task, i)) || e.actuals.some((i) => overlaps(task, i));
}

// A label read up to the second value of a pair (城乡居民收入分别增长6.5%和) stops at a connector or holds
// the first value: the clause itself reads whole.
const CUT_LABEL = /[和与及、,，]$|\d/;

/** A task's label, or its whole clause where the label stops mid-phrase. */
export function taskLabel(task: TaskTarget): string {
  return CUT_LABEL.test(task.label) ? task.text.replace(/\s+/g, '') : task.label;
}

const LEVEL_ORDER: Record<Level, number> = { national: 0, province: 1, prefecture: 2, county: 3 };

/** Work reports first (wider areas, then by name and year), other pages after them. */
export function exportOrder(reports: readonly ExportReport[]): ExportReport[] {
  const rank = (r: ExportReport) => (r.extraction.kind === 'gwr' ? 0 : r.extraction.kind === 'progress' ? 2 : 1);
  return [...reports].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      LEVEL_ORDER[a.extraction.level ?? 'county'] - LEVEL_ORDER[b.extraction.level ?? 'county'] ||
      (a.extraction.region ?? '').localeCompare(b.extraction.region ?? '', 'zh-CN') ||
      (a.extraction.report_year ?? 0) - (b.extraction.report_year ?? 0),
  );
}

const rowKey = (region: string, year: number, i: Item) =>
  `${region}\u0000${year}\u0000${itemKey(i)}\u0000${i.relative_to ?? ''}`;

/** One row per region × year × indicator: the target of report Y, the result of report Y+1, judged. */
export function panelRows(reports: readonly ExportReport[]): PanelRow[] {
  // One work report per region and year: the first saved, as the comparisons pick it.
  const byRegionYear = new Map<string, ExportReport>();
  for (const r of reports) {
    const e = r.extraction;
    if (e.kind !== 'gwr' || !e.region || e.report_year === null) continue;
    const k = `${e.region}\u0000${e.report_year}`;
    if (!byRegionYear.has(k)) byRegionYear.set(k, r);
  }
  const library = [...byRegionYear.values()].map((r) => r.extraction);
  const rows = new Map<string, PanelRow>();
  const base = (r: ExportReport, year: number, i: Item): PanelRow => ({
    region: r.extraction.region!,
    level: r.extraction.level,
    province: r.extraction.province,
    year,
    indicator: i.indicator,
    label: i.label,
    measure: i.measure,
    relative_to: i.relative_to ?? null,
    unit: i.unit,
    target: null,
    target_max: null,
    qualifier: null,
    result: null,
    estimated: null,
    gap: null,
    verdict: null,
    target_text: null,
    result_text: null,
    title: r.title ?? r.extraction.title,
    url: r.url ?? r.extraction.url,
  });
  const resultsUsed = new Set<Item>();

  for (const r of exportOrder([...byRegionYear.values()])) {
    const e = r.extraction;
    const year = e.report_year!;
    const next = byRegionYear.get(`${e.region}\u0000${year + 1}`)?.extraction;
    const judged = next ? outcomes(next, e, library) : null;
    e.targets.forEach((t, n) => {
      const key = rowKey(e.region!, year, t);
      if (rows.has(key)) return; // the first statement of an indicator in a report is its target
      const row = base(r, year, t);
      Object.assign(row, { target: t.value, target_max: t.value_max, qualifier: t.qualifier, target_text: t.text });
      const o = judged?.[n];
      if (o) {
        row.verdict = o.status;
        row.gap = o.gap;
        if (o.actual.text !== null) {
          const a = next!.actuals.find((x) => x.text === o.actual.text && x.value === o.actual.value);
          if (a) resultsUsed.add(a);
          row.result = o.actual.value;
          row.estimated = o.actual.estimated;
          row.result_text = o.actual.text;
        }
      }
      rows.set(key, row);
    });
  }
  // Results with no target to set them against (or whose year's report is not saved): a row of their own.
  for (const r of byRegionYear.values()) {
    const e = r.extraction;
    if (e.review_year === null) continue;
    for (const a of e.actuals) {
      if (resultsUsed.has(a) || a.value === null) continue;
      const key = rowKey(e.region!, e.review_year, a);
      const row = rows.get(key);
      if (row) {
        if (row.result === null && row.verdict === null && unitMatches(row, a)) {
          Object.assign(row, { result: a.value, estimated: !!a.estimated, result_text: a.text });
        }
        continue;
      }
      rows.set(key, {
        ...base(r, e.review_year, a),
        result: a.value,
        estimated: !!a.estimated,
        result_text: a.text,
      });
    }
  }
  const order = new Map(exportOrder([...byRegionYear.values()]).map((r, i) => [r.extraction.region!, i]));
  return [...rows.values()].sort((a, b) => (order.get(a.region) ?? 0) - (order.get(b.region) ?? 0) || a.year - b.year);
}

const unitMatches = (row: PanelRow, a: Item) => (row.unit ?? '') === (a.unit ?? '');

/** Task targets of the work reports, without those that restate a main target or result. */
export function taskRows(reports: readonly ExportReport[]): TaskRow[] {
  const out: TaskRow[] = [];
  for (const r of exportOrder(reports)) {
    const e = r.extraction;
    if (e.kind !== 'gwr') continue;
    for (const t of e.tasks) {
      if (isRestatement(t, e)) continue;
      out.push({
        region: e.region,
        year: e.report_year,
        section: t.section,
        label: taskLabel(t),
        value: t.value,
        value_max: t.value_max,
        unit: t.unit,
        qualifier: t.qualifier,
        sentence: t.sentence,
        title: r.title ?? e.title,
        url: r.url ?? e.url,
      });
    }
  }
  return out;
}

/** The rows of the saved progress notices. */
export function progressRows(reports: readonly ExportReport[]): ProgressTaskRow[] {
  const out: ProgressTaskRow[] = [];
  for (const r of exportOrder(reports)) {
    const e = r.extraction;
    for (const p of e.rows) {
      out.push({
        region: e.region,
        year: e.report_year,
        no: p.no,
        task: p.task,
        lead: p.lead.join('、'),
        partners: p.partners.join('、'),
        status: p.status,
        progress: p.progress,
        title: r.title ?? e.title,
        url: r.url ?? e.url,
      });
    }
  }
  return out;
}
