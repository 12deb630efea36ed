// A progress notice's rows, each with the report sentence it tracks; slow tasks first.
import { normalize } from '../text/normalize';
import type { ProgressRow } from '../types';
import { makeLinker, type LinkMatch } from './link';

export interface TaskView {
  no: number;
  task: string;
  status: string;
  lead: string[];
  slow: boolean;
  gwr_text: string | null;
  match: LinkMatch | null;
  /** Offsets of gwr_text in the report text, for highlighting; -1 when unlinked. */
  gwr_start: number;
  gwr_end: number;
}

// 推进缓慢 and its cousins in other notices (滞后, 未启动, 进展较慢); read on simplified text.
const SLOW = /缓慢|滞后|落后|未启动|未完成|较慢|偏慢/;
export const isSlow = (status: string) => SLOW.test(normalize(status));

/** Tasks linked to `report` (null: no report text to link to), slow ones first, otherwise in table order. */
export function taskViews(rows: ProgressRow[], report: string | null): TaskView[] {
  const link = report ? makeLinker(report) : null;
  const views = rows.map((r): TaskView => {
    const l = link?.(r.task) ?? null;
    return {
      no: r.no,
      task: r.task,
      status: r.status,
      lead: r.lead,
      slow: isSlow(r.status),
      gwr_text: l?.text ?? null,
      match: l?.match ?? null,
      gwr_start: l?.start ?? -1,
      gwr_end: l?.end ?? -1,
    };
  });
  return views
    .map((v, i) => [v, i] as const)
    .sort((a, b) => Number(b[0].slow) - Number(a[0].slow) || a[1] - b[1])
    .map(([v]) => v);
}

/** How many tasks carry each status, most frequent first. */
export function statusCounts(rows: Array<{ status: string }>): Array<{ status: string; count: number }> {
  const m = new Map<string, number>();
  for (const r of rows) m.set(r.status, (m.get(r.status) ?? 0) + 1);
  return [...m].map(([status, count]) => ({ status, count })).sort((a, b) => b.count - a.count);
}
