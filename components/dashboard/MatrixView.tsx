// The matrix tab: one year, targets or results, every saved region side by side.
import { useEffect } from 'preact/hooks';
import { t } from '../i18n';
import { useDashboard } from './context';
import type { MatrixMode } from './matrix-model';
import { MatrixTable } from './MatrixTable';
import { useStore } from './store';

export function MatrixView() {
  const { library, views } = useDashboard();
  useStore(library.store, (s) => s.summaries);
  const matrix = useStore(views.store, (s) => s.matrix);
  const years = library.facets().years;
  const [year, mode] = matrix.key
    ? (matrix.key.split(':') as [string, MatrixMode])
    : [String(years[0] ?? ''), 'targets' as MatrixMode];
  useEffect(() => {
    if (!matrix.key && years.length) void views.showMatrix(years[0], 'targets');
  }, [years.length]);
  if (!years.length) return <p class="gl-empty">{t('dashNoReports')}</p>;
  // Results for year Y come from the reports for Y+1, so the year list runs one further back.
  const choices = [...new Set([...years, ...years.map((y) => y - 1)])].sort((a, b) => b - a);
  return (
    <div class="gl-matrix-view">
      <label>
        {t('dashYear')}{' '}
        <select
          value={year}
          onChange={(e) => void views.showMatrix(Number((e.target as HTMLSelectElement).value), mode)}
        >
          {choices.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        {t('dashShow')}{' '}
        <select
          value={mode}
          onChange={(e) => void views.showMatrix(Number(year), (e.target as HTMLSelectElement).value as MatrixMode)}
        >
          <option value="targets">{t('targets')}</option>
          <option value="actuals">{t('dashResults')}</option>
        </select>
      </label>
      {matrix.status === 'loading' && <p>{t('loading')}</p>}
      {matrix.status === 'error' && <p class="gl-error">{matrix.error}</p>}
      {matrix.value && <MatrixTable matrix={matrix.value} />}
      {mode === 'actuals' && <p class="gl-note">{t('dashEstimatedNote')}</p>}
    </div>
  );
}
