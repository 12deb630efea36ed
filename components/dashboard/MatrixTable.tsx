// Indicator rows × region columns. A row's name orders the regions by that indicator; each row is shaded
// from its smallest to its largest value; a cell's number opens its source sentence below the table, so
// the columns keep their width.
import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { formatAmount, formatNumber, unitLabel } from './amount';
import type { Matrix, MatrixCell } from './matrix-model';
import { columnOrder, rowShades, type MatrixOrder } from './matrix-sort';

export interface MatrixTableProps {
  matrix: Matrix;
  order: MatrixOrder;
  onOrder(o: MatrixOrder): void;
}

const cellText = (c: MatrixCell, unit: string | null) =>
  formatNumber(c.value, unit) +
  (c.value_max !== null ? `–${formatNumber(c.value_max, unit)}` : '') +
  (c.estimated ? '*' : '');

export function MatrixTable({ matrix, order, onOrder }: MatrixTableProps) {
  const [open, setOpen] = useState<{ row: string; col: number } | null>(null);
  if (!matrix.rows.length) return <p class="gl-empty">{t('dashNoMatrix')}</p>;
  const cols = columnOrder(matrix, order);
  const openRow = open && matrix.rows.find((r) => r.key === open.row);
  const openCell = openRow ? openRow.cells[open!.col] : null;
  return (
    <>
      <div class="gl-scroll">
        <table class="gl-table gl-matrix">
          <thead>
            <tr>
              <th scope="col">{t('colIndicator')}</th>
              {cols.map((i) => (
                <th key={matrix.regions[i]} scope="col">
                  {matrix.regions[i]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => {
              const shades = rowShades(row.cells);
              const sorted = order.row === row.key;
              return (
                <tr key={row.key}>
                  <th scope="row" aria-sort={sorted ? (order.desc ? 'descending' : 'ascending') : undefined}>
                    <button
                      type="button"
                      class="gl-link"
                      title={t('dashSortRegions')}
                      onClick={() => onOrder({ row: row.key, desc: sorted ? !order.desc : true })}
                    >
                      {row.label}
                      <span class="gl-unit">{unitLabel(row.unit)}</span>
                      {sorted ? (order.desc ? ' ↓' : ' ↑') : ''}
                    </button>
                  </th>
                  {cols.map((i) => {
                    const c = row.cells[i];
                    const shade = shades[i];
                    const isOpen = open?.row === row.key && open.col === i;
                    return (
                      <td
                        key={i}
                        class="gl-num"
                        style={
                          shade === null
                            ? undefined
                            : { background: `rgba(21, 101, 192, ${(0.06 + shade * 0.3).toFixed(2)})` }
                        }
                      >
                        {c ? (
                          <button
                            type="button"
                            class="gl-cell"
                            aria-expanded={isOpen}
                            title={`${matrix.regions[i]} · ${row.label}: ${formatAmount({ ...c, unit: row.unit })}`}
                            onClick={() => setOpen(isOpen ? null : { row: row.key, col: i })}
                          >
                            {cellText(c, row.unit)}
                          </button>
                        ) : (
                          <span class="gl-blank">—</span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {openRow && openCell && (
        <figure class="gl-matrix-source" role="status">
          <figcaption>
            {matrix.regions[open!.col]} · {openRow.label}: {formatAmount({ ...openCell, unit: openRow.unit })}
          </figcaption>
          <blockquote>{openCell.text}</blockquote>
        </figure>
      )}
    </>
  );
}

/** The matrix as shown, as header and rows for a workbook: numbers as numbers, ranges as text. */
export function matrixSheet(
  matrix: Matrix,
  order: MatrixOrder,
): { head: string[]; rows: (string | number | null)[][] } {
  const cols = columnOrder(matrix, order);
  return {
    head: [t('colIndicator'), ...cols.map((i) => matrix.regions[i])],
    rows: matrix.rows.map((r) => [
      r.label + unitLabel(r.unit),
      ...cols.map((i) => {
        const c = r.cells[i];
        if (!c) return null;
        return c.value_max === null ? Number(formatNumber(c.value, r.unit)) : cellText(c, r.unit);
      }),
    ]),
  };
}
