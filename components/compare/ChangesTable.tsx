// This year's targets against last year's: raised, lowered, kept.
import type { Change } from '../../core/compare';
import { t } from '../i18n';
import { formatAmount, formatDelta } from './format';
import { Sourced } from './Sourced';
import { CHANGE_MARK } from './status';

export function ChangesTable({ changes }: { changes: Change[] }) {
  if (!changes.length) return <p class="gl-empty">{t('cmpNoChanges')}</p>;
  return (
    <table class="gl-table">
      <caption>{t('cmpChangesCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colIndicator')}</th>
          <th scope="col">{t('cmpPrevious')}</th>
          <th scope="col">{t('cmpCurrent')}</th>
          <th scope="col">{t('cmpChange')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c, i) => {
          const m = CHANGE_MARK[c.change];
          return (
            <tr key={i}>
              <th scope="row">{c.label}</th>
              <td class="gl-num">
                <Sourced compact text={c.previous.text}>
                  {formatAmount(c.previous)}
                </Sourced>{' '}
                <small>({c.previous.year ?? '?'})</small>
              </td>
              <td class="gl-num">
                <Sourced compact text={c.current.text}>
                  {formatAmount(c.current)}
                </Sourced>{' '}
                <small>({c.current.year ?? '?'})</small>
              </td>
              <td class={`gl-change gl-change-${c.change}`}>
                <span aria-hidden="true">{m.icon}</span> {t(m.key)}{' '}
                {c.change !== 'same' && formatDelta(c.delta, c.current.unit)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
