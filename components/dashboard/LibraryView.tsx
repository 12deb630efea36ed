// The library tab: filters and one page of the sortable list on the left, the selected report's item pane
// beside it (as in Zotero), undo after a delete naming what was deleted.
import { useEffect } from 'preact/hooks';
import { useDashboard } from './context';
import { useStore } from './store';
import { Filters } from './Filters';
import { Pager } from './Pager';
import { ReportPane } from './ReportPane';
import { ReportList } from './ReportList';
import { UndoBar } from './UndoBar';
import { t } from '../i18n';
import type { LibraryState } from './library-store';

function undoLabel(u: NonNullable<LibraryState['undo']>, title: string | undefined): string {
  const what = title || `${u.summary.region ?? ''} ${u.summary.report_year ?? ''}`.trim() || String(u.summary.id);
  return t('dashDeletedKind', t(`dashKindShort_${u.summary.kind}`), what);
}

export function LibraryView() {
  const { library, views, backup } = useDashboard();
  const s = useStore(library.store, (x) => x);
  const report = useStore(views.store, (x) => x.report);
  const page = library.page();
  const ids = page.rows.map((r) => r.id).join(',');
  useEffect(() => {
    if (s.status === 'ready' && ids) void library.ensureStats(page.rows.map((r) => r.id));
  }, [ids, s.status]);
  if (s.status === 'loading' && !s.summaries.length) {
    // Opening may wait for another page (an upgrade blocked): say why, not only "loading".
    return (
      <>
        {s.error && (
          <p class="gl-error" role="alert">
            {s.error}
          </p>
        )}
        <p>{t('loading')}</p>
      </>
    );
  }
  if (s.status === 'error') return <p class="gl-error">{s.error}</p>;
  const open = report.status !== 'idle';
  const shown = library.filtered();
  return (
    <div class={open ? 'gl-library gl-with-pane' : 'gl-library'}>
      <div class="gl-list-side">
        <Filters facets={library.facets()} filter={s.filter} onChange={(p) => void library.setFilter(p)} />
        <p class="gl-toolbar">
          <button type="button" onClick={() => void backup.exportXlsx(shown.map((r) => r.id))}>
            {t('dashExportXlsx', shown.length)}
          </button>
          <button type="button" onClick={() => void backup.exportCsv(shown.map((r) => r.id))}>
            {t('dashExportCsv', shown.length)}
          </button>
        </p>
        {s.error && (
          <p class="gl-error" role="alert">
            {s.error}
          </p>
        )}
        {s.searching && (
          <p class="gl-note" role="status">
            {t('dashSearching')}
          </p>
        )}
        {s.contentProgress && s.filter.query.trim() && (
          <p class="gl-note gl-content-progress">
            <label>
              {t('dashSearchingContents', s.contentProgress.done, s.contentProgress.total)}{' '}
              <progress value={s.contentProgress.done} max={s.contentProgress.total} />
            </label>
          </p>
        )}
        {s.undo && (
          <UndoBar
            label={undoLabel(s.undo, s.details.get(s.undo.summary.id)?.title)}
            onUndo={() => void library.undo()}
            onDismiss={library.dismissUndo}
          />
        )}
        <ReportList
          rows={page.rows}
          details={s.details}
          stats={s.stats}
          sort={s.filter.sort}
          selected={report.key}
          onSort={(sort) => void library.setFilter({ sort })}
          onOpen={(id) => void views.showReport(id)}
          onDelete={(id) => {
            if (report.key === id) views.closeReport();
            void library.remove(id);
          }}
        />
        <Pager page={page.page} pages={page.pages} total={page.total} onPage={(p) => void library.setPage(p)} />
      </div>
      <ReportPane view={report} onClose={views.closeReport} />
    </div>
  );
}
