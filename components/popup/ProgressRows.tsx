// A progress notice's task table: task (full progress text on demand), lead unit, status.
import type { ProgressRow } from '../../core/types';
import { t } from '../i18n';

export function ProgressRows({ rows }: { rows: ProgressRow[] }) {
  return (
    <section class="items" data-list="rows">
      <h2>{t('rows')}</h2>
      {rows.length === 0 ? (
        <p class="muted">{t('noItems')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('colTask')}</th>
              <th>{t('colLead')}</th>
              <th>{t('colStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.no}>
                <td>
                  <details>
                    <summary>
                      {r.no}. {r.task}
                    </summary>
                    <blockquote class="source">{r.progress}</blockquote>
                  </details>
                </td>
                <td>{r.lead.join('、')}</td>
                <td>{r.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
