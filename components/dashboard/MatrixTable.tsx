// Indicator rows × region columns; each cell's number opens its source sentence.
import { t } from '../i18n';
import { formatAmount } from '../compare/format';
import { Sourced } from '../compare/Sourced';
import type { Matrix } from './matrix-model';

export function MatrixTable({ matrix }: { matrix: Matrix }) {
  if (!matrix.rows.length) return <p class="gl-empty">{t('dashNoMatrix')}</p>;
  return (
    <div class="gl-scroll">
      <table class="gl-table gl-matrix">
        <thead>
          <tr>
            <th scope="col">{t('colIndicator')}</th>
            {matrix.regions.map((r) => (
              <th key={r} scope="col">
                {r}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                {row.label}
                {row.unit ? ` (${row.unit})` : ''}
              </th>
              {row.cells.map((c, i) => (
                <td key={i}>
                  {c ? (
                    <Sourced text={c.text} compact>
                      {formatAmount({ ...c, unit: null })}
                      {c.estimated ? '*' : ''}
                    </Sourced>
                  ) : (
                    '—'
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
