// The matrix tab: one year, targets or results, every saved region side by side. It opens on the year the
// most saved reports speak to, and exports exactly the table it shows.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { useDashboard } from './context';
import type { MatrixMode } from './matrix-model';
import { busiestYear, type MatrixOrder } from './matrix-sort';
import { MatrixTable, matrixSheet } from './MatrixTable';
import { useStore } from './store';
import { counted } from './plural';

export function MatrixView() {
  const { library, views, backup } = useDashboard();
  const summaries = useStore(library.store, (s) => s.summaries);
  const matrix = useStore(views.store, (s) => s.matrix);
  const [order, setOrder] = useState<MatrixOrder>({ row: null, desc: true });
  const years = library.facets().years;
  const gwrYears = () => summaries.filter((s) => s.kind === 'gwr').map((s) => s.report_year);
  const first = busiestYear(gwrYears(), 'targets') ?? years[0];
  const [year, mode] = matrix.key
    ? (matrix.key.split(':') as [string, MatrixMode])
    : [String(first ?? ''), 'targets' as MatrixMode];
  useEffect(() => {
    if (!matrix.key && first !== undefined) void views.showMatrix(first, 'targets');
  }, [years.length]);
  if (!years.length) return <p class="gl-empty">{t('dashNoReports')}</p>;
  // Results for year Y come from the reports for Y+1, so the year list runs one further back.
  const choices = [...new Set([...years, ...years.map((y) => y - 1)])].sort((a, b) => b - a);
  const show = (y: number, m: MatrixMode) => {
    setOrder({ row: null, desc: true });
    void views.showMatrix(y, m);
  };
  const exportShown = () => {
    if (!matrix.value) return;
    const { head, rows } = matrixSheet(matrix.value, order);
    void backup.exportTable(`${t('xsheet_matrix')}-${year}-${mode}`, head, rows);
  };
  return (
    <div class="gl-matrix-view">
      <div class="gl-toolbar">
        <label>
          {t('dashYear')}{' '}
          <select value={year} onChange={(e) => show(Number((e.target as HTMLSelectElement).value), mode)}>
            {choices.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('dashShow')}{' '}
          <select
            value={mode}
            onChange={(e) => {
              const m = (e.target as HTMLSelectElement).value as MatrixMode;
              show(Number(matrix.key ? year : (busiestYear(gwrYears(), m) ?? year)), m);
            }}
          >
            <option value="targets">{t('targets')}</option>
            <option value="actuals">{t('dashResults')}</option>
          </select>
        </label>
        {matrix.value && matrix.value.rows.length > 0 && (
          <>
            <span class="gl-note">
              {t(
                'dashMatrixCount',
                counted('dashNRegions', matrix.value.regions.length),
                counted('dashNIndicators', matrix.value.rows.length),
              )}
            </span>
            <button type="button" onClick={exportShown}>
              {t('dashExportShown')}
            </button>
          </>
        )}
      </div>
      {matrix.status === 'loading' && <p>{t('loading')}</p>}
      {matrix.status === 'error' && <p class="gl-error">{matrix.error}</p>}
      {matrix.value && <MatrixTable matrix={matrix.value} order={order} onOrder={setOrder} />}
      <p class="gl-note">
        {t('dashMatrixHint')} {mode === 'actuals' ? t('dashEstimatedNote') : ''}
      </p>
    </div>
  );
}
