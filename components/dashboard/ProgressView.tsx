// The progress tab: saved progress notices, and the tasks of the chosen one (slow ones first).
import { useEffect } from 'preact/hooks';
import { TasksView } from '../compare';
import { t } from '../i18n';
import { useDashboard } from './context';
import { useStore } from './store';

export function ProgressView() {
  const { library, views } = useDashboard();
  const summaries = useStore(library.store, (s) => s.summaries);
  const details = useStore(library.store, (s) => s.details);
  const report = useStore(views.store, (s) => s.report);
  const notices = summaries.filter((s) => s.kind === 'progress');
  useEffect(() => void library.ensureDetails(notices.slice(0, 500).map((n) => n.id)), [notices.length]);
  if (!notices.length) return <p class="gl-empty">{t('dashNoProgress')}</p>;
  const open = report.value?.report.extraction.kind === 'progress' ? report.value : null;
  return (
    <div class="gl-progress">
      <ul class="gl-notices">
        {notices.map((n) => (
          <li key={n.id}>
            <button
              type="button"
              class="gl-link"
              aria-pressed={report.key === n.id}
              onClick={() => void views.showReport(n.id)}
            >
              {details.get(n.id)?.title ?? `${n.region ?? t('unknown')} ${n.report_year ?? ''}`}
            </button>
          </li>
        ))}
      </ul>
      {report.status === 'loading' && <p>{t('loading')}</p>}
      {report.status === 'error' && <p class="gl-error">{report.error}</p>}
      {open && (
        <section>
          <h2>{open.report.title}</h2>
          {open.comparison.source ? (
            <p class="gl-note">
              {t('cmpTasksSource', open.comparison.source.title ?? open.comparison.source.region ?? '')}
            </p>
          ) : (
            <p class="gl-note">{t('dashNoSourceReport')}</p>
          )}
          <TasksView tasks={open.comparison.tasks} counts={open.comparison.task_counts} />
        </section>
      )}
    </div>
  );
}
