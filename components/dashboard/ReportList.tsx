import { t } from '../i18n';
import { formatDate } from './amount';
import type { ReportSummary, RowDetail } from './source';

export interface ReportListProps {
  rows: ReportSummary[];
  details: ReadonlyMap<number, RowDetail>;
  onOpen(id: number): void;
  onDelete(id: number): void;
}

export function ReportList({ rows, details, onOpen, onDelete }: ReportListProps) {
  if (!rows.length) return <p class="gl-empty">{t('dashNoReports')}</p>;
  return (
    <table class="gl-table gl-list">
      <thead>
        <tr>
          <th scope="col">{t('dashTitle')}</th>
          <th scope="col">{t('fieldRegion')}</th>
          <th scope="col">{t('fieldYear')}</th>
          <th scope="col">{t('fieldKind')}</th>
          <th scope="col">{t('dashSavedAt')}</th>
          <th scope="col">
            <span class="gl-sr">{t('dashActions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((s) => (
          <tr key={s.id}>
            <td>
              <button type="button" class="gl-link" onClick={() => onOpen(s.id)}>
                {details.get(s.id)?.title ?? '…'}
              </button>
            </td>
            <td>{s.region ?? t('unknown')}</td>
            <td class="gl-num">{s.report_year ?? '—'}</td>
            <td>{t(`kind_${s.kind}`)}</td>
            <td class="gl-num">{details.has(s.id) ? formatDate(details.get(s.id)!.savedAt) : ''}</td>
            <td>
              <button type="button" onClick={() => onDelete(s.id)}>
                {t('dashDelete')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
