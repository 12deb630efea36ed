// The item pane beside the list (as in Zotero): one report's metadata, its own targets and results, its task
// targets (filterable), a progress notice's tasks, its source with a link, and its comparison with the library.
import { useState } from 'preact/hooks';
import type { Item } from '../../core/types';
import { safeHref } from '../safe-url';
import { ComparisonView, Sourced } from '../compare';
import { t } from '../i18n';
import { formatAmount, formatDate } from './amount';
import { counted } from './plural';
import { VerdictSummary } from './VerdictSummary';
import type { Loadable, ReportView } from './views-store';

export interface ReportPaneProps {
  view: Loadable<number, ReportView>;
  onClose(): void;
}

function Items({ items, caption }: { items: Item[]; caption: string }) {
  if (!items.length) return null;
  return (
    <section>
      <h3>
        {caption} <span class="gl-count">{items.length}</span>
      </h3>
      <table class="gl-table gl-items">
        <tbody>
          {items.map((i, n) => (
            <tr key={n}>
              <th scope="row">
                {i.label}
                {i.relative_to ? <span class="gl-unit"> · {i.relative_to}</span> : ''}
              </th>
              <td class="gl-num">
                <Sourced text={i.text} compact>
                  {i.value === null ? t('dashQualitative') : formatAmount(i)}
                  {i.estimated ? ` (${t('estimated')})` : ''}
                </Sourced>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Tasks({ tasks }: { tasks: ReportView['report']['extraction']['tasks'] }) {
  const [q, setQ] = useState('');
  if (!tasks.length) return null;
  const shown = q.trim() ? tasks.filter((x) => (x.label + x.section + x.sentence).includes(q.trim())) : tasks;
  return (
    <section>
      <h3>
        {t('dashTaskTargets')} <span class="gl-count">{tasks.length}</span>
      </h3>
      <input
        type="search"
        class="gl-task-filter"
        value={q}
        placeholder={t('dashFilterTasks')}
        aria-label={t('dashFilterTasks')}
        onInput={(e) => setQ((e.target as HTMLInputElement).value)}
      />
      <ul class="gl-task-list">
        {shown.map((x, n) => (
          <li key={n}>
            <Sourced text={x.sentence} compact>
              {x.label} <strong>{formatAmount(x)}</strong>
            </Sourced>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ReportPane({ view, onClose }: ReportPaneProps) {
  if (view.status === 'idle') return null;
  const r = view.value?.report;
  const e = r?.extraction;
  return (
    <aside class="gl-pane" aria-label={t('dashPane')} aria-live="polite">
      <button type="button" class="gl-close" onClick={onClose} aria-label={t('dashClose')}>
        ×
      </button>
      {view.status === 'loading' && <p>{t('loading')}</p>}
      {view.status === 'error' && <p class="gl-error">{view.error}</p>}
      {r && e && view.value && (
        <>
          <h2>{r.title || `${e.region ?? ''} ${e.report_year ?? ''}`}</h2>
          <dl class="gl-meta">
            <dt>{t('fieldKind')}</dt>
            <dd>{t(`kind_${e.kind}`)}</dd>
            <dt>{t('fieldRegion')}</dt>
            <dd>
              {e.region ?? t('unknown')}
              {e.level ? ` · ${t(`xlevel_${e.level}`)}` : ''}
              {e.province && e.province !== e.region ? ` · ${e.province}` : ''}
            </dd>
            <dt>{t('fieldYear')}</dt>
            <dd>{e.report_year ?? '—'}</dd>
            <dt>{t('dashSavedAt')}</dt>
            <dd>{formatDate(r.savedAt, true)}</dd>
            <dt>{t('source')}</dt>
            <dd class="gl-url">
              {safeHref(r.url) ? (
                <a href={safeHref(r.url)!} target="_blank" rel="noreferrer noopener">
                  {r.url}
                </a>
              ) : (
                <span>{r.url}</span>
              )}
            </dd>
          </dl>
          {view.value.comparison.previous && (
            <p class="gl-pane-verdict">
              {t('dashLastYearTargets', view.value.comparison.previous.report_year ?? '')}{' '}
              <VerdictSummary outcomes={view.value.comparison.outcomes} />
            </p>
          )}
          <Items items={e.targets} caption={t('targets')} />
          <Items items={e.actuals} caption={t('actuals')} />
          <Tasks tasks={e.tasks} />
          {e.rows.length > 0 && !view.value.comparison.tasks.length && (
            <p class="gl-note">{counted('dashNTasks', e.rows.length)}</p>
          )}
          <section>
            <h3>{t('compareHeading')}</h3>
            <ComparisonView comparison={view.value.comparison} />
          </section>
        </>
      )}
    </aside>
  );
}
