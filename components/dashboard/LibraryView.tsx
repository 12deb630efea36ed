// The library tab: filters, one page of the list, undo after a delete, and the opened report.
import { useDashboard } from './context';
import { useStore } from './store';
import { Filters } from './Filters';
import { Pager } from './Pager';
import { ReportDetail } from './ReportDetail';
import { ReportList } from './ReportList';
import { UndoBar } from './UndoBar';
import { t } from '../i18n';

export function LibraryView() {
  const { library, views, backup } = useDashboard();
  const s = useStore(library.store, (x) => x);
  const report = useStore(views.store, (x) => x.report);
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
  const page = library.page();
  const undoLabel = s.undo
    ? `${s.undo.summary.region ?? ''} ${s.undo.summary.report_year ?? ''}`.trim() || String(s.undo.summary.id)
    : '';
  return (
    <div class="gl-library">
      <Filters facets={library.facets()} filter={s.filter} onChange={(p) => void library.setFilter(p)} />
      <p>
        <button type="button" onClick={() => void backup.exportXlsx(library.filtered().map((r) => r.id))}>
          {t('dashExportXlsx', library.filtered().length)}
        </button>{' '}
        <button type="button" onClick={() => void backup.exportCsv(library.filtered().map((r) => r.id))}>
          {t('dashExportCsv', library.filtered().length)}
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
      {s.undo && <UndoBar label={undoLabel} onUndo={() => void library.undo()} onDismiss={library.dismissUndo} />}
      <ReportList
        rows={page.rows}
        details={s.details}
        onOpen={(id) => void views.showReport(id)}
        onDelete={(id) => void library.remove(id)}
      />
      <Pager page={page.page} pages={page.pages} total={page.total} onPage={(p) => void library.setPage(p)} />
      <ReportDetail view={report} onClose={views.closeReport} />
    </div>
  );
}
