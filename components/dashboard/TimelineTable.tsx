// The chart's numbers as a table, each with its source sentence on demand.
import { t } from '../i18n';
import { formatAmount } from '../compare/format';
import { Sourced } from '../compare/Sourced';
import type { TimelineSeries } from './timeline-model';

export function TimelineTable({ series }: { series: TimelineSeries }) {
  return (
    <table class="gl-table gl-timeline-table">
      <thead>
        <tr>
          <th scope="col">{t('fieldYear')}</th>
          <th scope="col">{t('cmpTarget')}</th>
          <th scope="col">{t('cmpActual')}</th>
        </tr>
      </thead>
      <tbody>
        {series.points.map((p) => (
          <tr key={p.year}>
            <th scope="row">{p.year}</th>
            <td>
              {p.target ? (
                <Sourced text={p.target.text}>{formatAmount({ ...p.target, unit: series.unit })}</Sourced>
              ) : (
                '—'
              )}
            </td>
            <td>
              {p.actual ? (
                <Sourced text={p.actual.text}>{formatAmount({ ...p.actual, unit: series.unit })}</Sourced>
              ) : (
                '—'
              )}
              {p.actual?.estimated && <span class="gl-tag"> {t('estimated')}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
