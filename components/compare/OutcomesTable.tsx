// Last year's targets against the results this report states.
import type { Outcome } from '../../core/compare';
import { t } from '../i18n';
import { formatAmount, formatDelta } from './format';
import { Sourced } from './Sourced';
import { StatusBadge } from './StatusBadge';

export interface OutcomesTableProps {
  outcomes: Outcome[];
  year: number | null; // the year the targets were set for
}

export function OutcomesTable({ outcomes, year }: OutcomesTableProps) {
  if (!outcomes.length) return <p class="gl-empty">{t('cmpNoOutcomes')}</p>;
  return (
    <table class="gl-table">
      <caption>{t('cmpOutcomesCaption', year ?? '?')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colIndicator')}</th>
          <th scope="col">{t('cmpTarget')}</th>
          <th scope="col">{t('cmpActual')}</th>
          <th scope="col">{t('cmpGap')}</th>
          <th scope="col">{t('cmpResult')}</th>
        </tr>
      </thead>
      <tbody>
        {outcomes.map((o, i) => (
          <tr key={i} class={`gl-row-${o.status}`}>
            <th scope="row">{o.label}</th>
            <td>
              <Sourced text={o.target.text}>{formatAmount(o.target)}</Sourced>
            </td>
            <td>
              <Sourced text={o.actual.text}>{formatAmount(o.actual)}</Sourced>
              {o.actual.estimated && <span class="gl-tag"> {t('estimated')}</span>}
            </td>
            <td class="gl-num">{formatDelta(o.gap, o.target.unit)}</td>
            <td>
              <StatusBadge status={o.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
