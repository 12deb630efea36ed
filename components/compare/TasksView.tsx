// A progress notice's tasks: counts by status, slow tasks first (core/compare orders them), each
// with the work-report sentence it tracks, on demand.
import type { TaskView } from '../../core/compare';
import { t } from '../i18n';
import { Sourced } from './Sourced';

export interface TasksViewProps {
  tasks: TaskView[];
  counts: Array<{ status: string; count: number }>;
}

export function TasksView({ tasks, counts }: TasksViewProps) {
  if (!tasks.length) return <p class="gl-empty">{t('cmpNoTasks')}</p>;
  return (
    <div class="gl-tasks">
      <ul class="gl-counts" aria-label={t('cmpTaskCounts')}>
        {counts.map((c) => (
          <li key={c.status}>
            {c.status}: <strong>{c.count}</strong>
          </li>
        ))}
      </ul>
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
          {tasks.map((task) => (
            <tr key={task.no} class={task.slow ? 'gl-slow' : undefined}>
              <td class="gl-num">{task.no}</td>
              <td>
                <Sourced text={task.gwr_text}>{task.task}</Sourced>
              </td>
              <td>{task.lead.join('、')}</td>
              <td>
                {task.slow && <span aria-hidden="true">⚠ </span>}
                {task.status}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
