// The library list: sortable by its column headers; each row with what the report holds (targets, results,
// task targets, progress rows) and how last year's targets fared, once its record has been read.
import { t } from '../i18n';
import { formatDate } from './amount';
import { counted } from './plural';
import type { ListSort, SortKey } from './list-model';
import type { RowStats } from './list-stats';
import type { ReportSummary, RowDetail } from './source';
import { VerdictSummary } from './VerdictSummary';

export interface ReportListProps {
  rows: ReportSummary[];
  details: ReadonlyMap<number, RowDetail>;
  stats: ReadonlyMap<number, RowStats>;
  sort: ListSort;
  selected: number | null;
  onSort(sort: ListSort): void;
  onOpen(id: number): void;
  onDelete(id: number): void;
}

function Contents({ s }: { s: RowStats | undefined }) {
  if (!s) return <span class="gl-blank">…</span>;
  const parts: string[] = [];
  if (s.targets) parts.push(counted('dashCountTargets', s.targets));
  if (s.actuals) parts.push(counted('dashCountActuals', s.actuals));
  if (s.tasks) parts.push(counted('dashCountTasks', s.tasks));
  if (s.rows) parts.push(counted('dashCountRows', s.rows));
  if (!parts.length) return <span class="gl-blank">—</span>;
  return (
    <span class="gl-contents">
      {parts.map((p, i) => (
        <span key={i}>
          {i ? ' · ' : ''}
          {p}
        </span>
      ))}
    </span>
  );
}

export function ReportList({ rows, details, stats, sort, selected, onSort, onOpen, onDelete }: ReportListProps) {
  if (!rows.length) return <p class="gl-empty">{t('dashNoReports')}</p>;
  const head = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : undefined}>
      <button
        type="button"
        class="gl-link gl-sort"
        onClick={() => onSort({ key, desc: sort.key === key ? !sort.desc : key === 'saved' || key === 'year' })}
      >
        {label}
        {sort.key === key ? (sort.desc ? ' ↓' : ' ↑') : ''}
      </button>
    </th>
  );
  return (
    <table class="gl-table gl-list">
      <thead>
        <tr>
          <th scope="col">{t('dashTitle')}</th>
          {head('region', t('fieldRegion'))}
          {head('year', t('dashYear'))}
          {head('kind', t('fieldKind'))}
          <th scope="col">{t('dashContents')}</th>
          <th scope="col">{t('dashVerdicts')}</th>
          {head('saved', t('dashSavedAt'))}
          <th scope="col">
            <span class="gl-sr">{t('dashActions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((s) => (
          <tr key={s.id} aria-selected={s.id === selected} class={s.id === selected ? 'gl-selected' : undefined}>
            <td>
              <button type="button" class="gl-link" onClick={() => onOpen(s.id)}>
                {details.get(s.id)?.title ?? '…'}
              </button>
            </td>
            <td>{s.region ?? t('unknown')}</td>
            <td class="gl-num">{s.report_year ?? '—'}</td>
            <td>{t(`dashKindShort_${s.kind}`)}</td>
            <td>
              <Contents s={stats.get(s.id)} />
            </td>
            <td>{stats.get(s.id)?.verdicts ? <VerdictSummary verdicts={stats.get(s.id)!.verdicts!} short /> : ''}</td>
            <td class="gl-num">{details.has(s.id) ? formatDate(details.get(s.id)!.savedAt) : ''}</td>
            <td>
              <button type="button" class="gl-delete" onClick={() => onDelete(s.id)} title={t('dashDelete')}>
                {t('dashDelete')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
