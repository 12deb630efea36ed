// What a list row says about a report's contents: how many targets, results, task targets and progress
// rows it holds, and how last year's targets fared by its results (the comparison's own judgement, against
// the region's report for the year before when it is saved). Also the text a search looks into. Pure.
import { outcomes } from '../../core/compare/outcomes';
import type { Extraction } from '../../core/types';

export interface RowStats {
  targets: number;
  actuals: number;
  tasks: number;
  rows: number;
  /** Last year's targets by this report's results; null when last year's report is not saved. */
  verdicts: { met: number; close: number; missed: number; unknown: number } | null;
}

export function rowStats(report: Extraction, previous: Extraction | null): RowStats {
  let verdicts: RowStats['verdicts'] = null;
  if (previous && report.kind === 'gwr') {
    verdicts = { met: 0, close: 0, missed: 0, unknown: 0 };
    for (const o of outcomes(report, previous, [report, previous])) verdicts[o.status]++;
  }
  return {
    targets: report.targets.length,
    actuals: report.actuals.length,
    tasks: report.tasks.length,
    rows: report.rows.length,
    verdicts,
  };
}

/**
 * The words a search looks into beyond title and region: indicator names and the sentences of targets,
 * results and task targets, and the tasks of a progress notice ("失业" finds 城镇调查失业率).
 */
export function searchText(e: Extraction): string {
  const parts: string[] = [];
  for (const i of e.targets) parts.push(i.label, i.text);
  for (const i of e.actuals) parts.push(i.label, i.text);
  for (const t of e.tasks) parts.push(t.label, t.sentence);
  for (const r of e.rows) parts.push(r.task);
  return parts.join('\n').toLowerCase();
}
