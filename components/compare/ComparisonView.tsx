// The comparison of one report with the library, as core/compare computes it. Plain props: the popup
// and the dashboard both pass a `Comparison` in; nothing here reads storage. Each section carries an id
// (cmp-outcomes, cmp-changes, cmp-peers, cmp-tasks) that a summary line above it can scroll to.
import type { Comparison } from '../../core/compare';
import { t } from '../i18n';
import { ChangesTable } from './ChangesTable';
import { OutcomesTable } from './OutcomesTable';
import { PeersTable } from './PeersTable';
import { TasksView } from './TasksView';
import './compare.css';

export interface ComparisonViewProps {
  comparison: Comparison;
  /**
   * How a notice's tasks are listed: all (the library), the slow ones with a way to the rest (the popup's
   * report page), or none (the popup of the notice itself, which lists its slow tasks above).
   */
  tasks?: 'all' | 'slow' | 'none';
  /** Opens the whole task list in the library. */
  onOpenAll?: () => void;
}

export const SECTION_ID = {
  outcomes: 'cmp-outcomes',
  changes: 'cmp-changes',
  peers: 'cmp-peers',
  tasks: 'cmp-tasks',
} as const;

export function ComparisonView({ comparison: c, tasks = 'all', onOpenAll }: ComparisonViewProps) {
  const nothing = !c.previous && !c.peer_groups.length && !c.tasks.length;
  if (nothing) return <p class="gl-empty">{t('cmpNothing')}</p>;
  const source = c.source && (c.source.title ?? `${c.source.region ?? ''}${c.source.report_year ?? ''}`);
  return (
    <div class="gl-compare">
      {c.previous && (
        <>
          <section id={SECTION_ID.outcomes}>
            <h3>{t('cmpOutcomes')}</h3>
            <OutcomesTable outcomes={c.outcomes} year={c.previous.report_year} />
          </section>
          <section id={SECTION_ID.changes}>
            <h3>{t('cmpChanges')}</h3>
            <ChangesTable changes={c.changes} />
          </section>
        </>
      )}
      {c.peer_groups.length > 0 && (
        <section id={SECTION_ID.peers}>
          <h3>{t('cmpPeers')}</h3>
          <PeersTable groups={c.peer_groups} peers={c.peers} />
        </section>
      )}
      {c.tasks.length > 0 && (
        <section id={SECTION_ID.tasks}>
          <h3>{t('cmpTasks')}</h3>
          {source && <p class="gl-note">{t('cmpTasksSource', source)}</p>}
          {tasks !== 'none' && (
            <TasksView tasks={c.tasks} counts={c.task_counts} slowOnly={tasks === 'slow'} onOpenAll={onOpenAll} />
          )}
        </section>
      )}
    </div>
  );
}
