// A progress notice at a glance: its tasks by status as a small stacked bar, then the slow tasks (推进缓慢,
// 未完成 ...) with their progress text on demand, then the way to the whole list in the library. Read from
// the page's own rows, so it shows at once; each task is listed once (the comparison below lists none).
import type { ProgressRow } from '../../core/types';
import { StatusBar } from '../compare/StatusBar';
import { t } from '../i18n';
import { joinNames } from '../compare/format';

// core/compare/tasks.ts isSlow, on the status as written (traditional characters too): that module reads
// through the character tables, which the popup's first bundle does without.
const SLOW = /缓慢|緩慢|滞后|滯後|落后|落後|未启动|未啟動|未完成|较慢|較慢|偏慢/;
export const isSlowStatus = (status: string) => SLOW.test(status);

function countsOf(rows: ProgressRow[]) {
  const m = new Map<string, number>();
  for (const r of rows) m.set(r.status, (m.get(r.status) ?? 0) + 1);
  return [...m].map(([status, count]) => ({ status, count })).sort((a, b) => b.count - a.count);
}

interface Props {
  rows: ProgressRow[];
  /** Opens the notice's whole task list in the library. */
  onOpenAll: () => void;
}

export function ProgressOverview({ rows, onOpenAll }: Props) {
  if (!rows.length)
    return (
      <section class="items" data-list="rows">
        <h2>{t('rows')}</h2>
        <p class="muted">{t('noItems')}</p>
      </section>
    );
  const counts = countsOf(rows);
  const slowStatuses = new Set(counts.map((c) => c.status).filter(isSlowStatus));
  const slow = rows.filter((r) => slowStatuses.has(r.status));
  return (
    <section class="items progress" data-list="rows">
      <h2>{t('rowsCount', rows.length)}</h2>
      <StatusBar counts={counts} slow={slowStatuses} />
      {slow.length > 0 && (
        <>
          <h3 class="slow-head">{t('slowTasks', slow.length)}</h3>
          <ol class="slow-tasks">
            {slow.map((r) => (
              <li key={r.no} data-task={r.no}>
                <details>
                  <summary>
                    <span class="task-no">{r.no}.</span> {r.task}
                  </summary>
                  <p class="muted">{joinNames(r.lead)}</p>
                  <blockquote class="source">{r.progress}</blockquote>
                </details>
                <span class="task-status">⚠ {r.status}</span>
              </li>
            ))}
          </ol>
        </>
      )}
      <p class="all-tasks">
        <button type="button" class="link" data-action="all-tasks" onClick={onOpenAll}>
          {t('allTasks', rows.length)}
        </button>
      </p>
    </section>
  );
}
