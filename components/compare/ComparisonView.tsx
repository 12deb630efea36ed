// The comparison of one report with the library, as core/compare computes it. Plain props: the popup
// and the dashboard both pass a `Comparison` in; nothing here reads storage.
import type { Comparison } from '../../core/compare';
import { t } from '../i18n';
import { ChangesTable } from './ChangesTable';
import { OutcomesTable } from './OutcomesTable';
import { PeersTable } from './PeersTable';
import { TasksView } from './TasksView';
import './compare.css';

export interface ComparisonViewProps {
  comparison: Comparison;
}

export function ComparisonView({ comparison: c }: ComparisonViewProps) {
  const nothing = !c.previous && !c.peer_groups.length && !c.tasks.length;
  if (nothing) return <p class="gl-empty">{t('cmpNothing')}</p>;
  return (
    <div class="gl-compare">
      {c.previous && (
        <section>
          <h3>{t('cmpOutcomes')}</h3>
          <OutcomesTable outcomes={c.outcomes} year={c.previous.report_year} />
          <h3>{t('cmpChanges')}</h3>
          <ChangesTable changes={c.changes} />
        </section>
      )}
      {c.peer_groups.length > 0 && (
        <section>
          <h3>{t('cmpPeers')}</h3>
          <PeersTable groups={c.peer_groups} peers={c.peers} />
        </section>
      )}
      {c.tasks.length > 0 && (
        <section>
          <h3>{t('cmpTasks')}</h3>
          {c.source && (
            <p class="gl-note">
              {t('cmpTasksSource', c.source.title ?? `${c.source.region ?? ''}${c.source.report_year ?? ''}`)}
            </p>
          )}
          <TasksView tasks={c.tasks} counts={c.task_counts} />
        </section>
      )}
    </div>
  );
}
