// A progress notice's tasks: counts by status as a small stacked bar, slow tasks first (core/compare orders
// them), each with the work-report sentence it tracks, on demand. `slowOnly` (the popup) lists the slow tasks
// alone and leaves the whole list to the library, so no task is listed twice on one screen.
import type { TaskView } from '../../core/compare';
import { t } from '../i18n';
import { joinNames } from './format';
import { Sourced } from './Sourced';
import { StatusBar } from './StatusBar';

export interface TasksViewProps {
  tasks: TaskView[];
  counts: Array<{ status: string; count: number }>;
  /** List only the slow tasks (and say how many the whole list holds). */
  slowOnly?: boolean;
  /** Opens the whole list elsewhere (the library); shown under a `slowOnly` list. */
  onOpenAll?: () => void;
}

export function TasksView({ tasks, counts, slowOnly = false, onOpenAll }: TasksViewProps) {
  if (!tasks.length) return <p class="gl-empty">{t('cmpNoTasks')}</p>;
  const shown = slowOnly ? tasks.filter((task) => task.slow) : tasks;
  return (
    <div class="gl-tasks">
      <StatusBar counts={counts} slow={new Set(tasks.filter((x) => x.slow).map((x) => x.status))} />
      {shown.length > 0 && (
        <table class="gl-table">
          <thead>
            <tr>
              <th scope="col">{t('cmpNo')}</th>
              <th scope="col">{t('colTask')}</th>
              <th scope="col">{t('colLead')}</th>
              <th scope="col">{t('colStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((task) => (
              <tr key={task.no} class={task.slow ? 'gl-slow' : undefined} data-task={task.no}>
                <td class="gl-num">{task.no}</td>
                <td>
                  <Sourced text={task.gwr_text}>{task.task}</Sourced>
                </td>
                <td>{joinNames(task.lead)}</td>
                <td>
                  {task.slow && <span aria-hidden="true">⚠ </span>}
                  {task.status}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {slowOnly && onOpenAll && (
        <p class="gl-all">
          <button type="button" class="gl-link" data-action="all-tasks" onClick={onOpenAll}>
            {t('cmpAllTasks', tasks.length)}
          </button>
        </p>
      )}
    </div>
  );
}
