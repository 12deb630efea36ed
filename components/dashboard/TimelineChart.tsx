// One indicator of one region over the years, hand-drawn in SVG: targets as hollow squares (a range
// as a bar between its bounds, dashed line between years), results as filled dots on a solid line.
// Every marker carries a <title> with its value and source sentence; the table beside it says the same.
import { t } from '../i18n';
import { formatAmount } from '../compare/format';
import { linear, paddedExtent } from './chart-scale';
import type { TimelineSeries, TimelineValue } from './timeline-model';

const W = 360,
  H = 170,
  M = { top: 12, right: 12, bottom: 24, left: 48 };

const tip = (year: number, what: string, v: TimelineValue, unit: string | null) =>
  `${year} ${what}: ${formatAmount({ ...v, unit })}\n${v.text}`;

export function TimelineChart({ series }: { series: TimelineSeries }) {
  const pts = series.points;
  const values = pts
    .flatMap((p) => [p.target?.value, p.target?.value_max, p.actual?.value])
    .filter((v): v is number => v != null);
  if (!values.length) return null;
  const years = pts.map((p) => p.year);
  // Inset from the axes so the first and last years' markers do not sit on the frame.
  const x = linear([Math.min(...years), Math.max(...years)], [M.left + 20, W - M.right - 20]);
  const y = linear(paddedExtent(values), [H - M.bottom, M.top]);
  const line = (side: 'target' | 'actual') =>
    pts
      .filter((p) => p[side])
      .map((p) => `${x(p.year).toFixed(1)},${y(p[side]!.value).toFixed(1)}`)
      .join(' ');
  const [lo, hi] = y.domain;
  const targetName = t('cmpTarget'),
    actualName = t('cmpActual');
  return (
    <figure class="gl-chart">
      <figcaption>
        {series.label}
        {series.unit ? ` (${series.unit})` : ''}
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width={W}
        height={H}
        role="img"
        aria-label={`${series.label}: ${targetName} / ${actualName}`}
      >
        <line x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} class="gl-axis" />
        <line x1={M.left} x2={M.left} y1={M.top} y2={H - M.bottom} class="gl-axis" />
        {lo < 0 && hi > 0 && <line x1={M.left} x2={W - M.right} y1={y(0)} y2={y(0)} class="gl-zero" />}
        <text x={M.left - 4} y={M.top + 8} class="gl-tick" text-anchor="end">
          {+hi.toFixed(2)}
        </text>
        <text x={M.left - 4} y={H - M.bottom} class="gl-tick" text-anchor="end">
          {+lo.toFixed(2)}
        </text>
        {years.map((yr) => (
          <text key={yr} x={x(yr)} y={H - 6} class="gl-tick" text-anchor="middle">
            {yr}
          </text>
        ))}
        <polyline points={line('target')} class="gl-line-target" />
        <polyline points={line('actual')} class="gl-line-actual" />
        {pts.map(
          (p) =>
            p.target && (
              <g key={`t${p.year}`} class="gl-target">
                <title>{tip(p.year, targetName, p.target, series.unit)}</title>
                {p.target.value_max !== null && (
                  <line x1={x(p.year)} x2={x(p.year)} y1={y(p.target.value)} y2={y(p.target.value_max)} />
                )}
                <rect x={x(p.year) - 4} y={y(p.target.value) - 4} width={8} height={8} />
              </g>
            ),
        )}
        {pts.map(
          (p) =>
            p.actual && (
              <circle
                key={`a${p.year}`}
                cx={x(p.year)}
                cy={y(p.actual.value)}
                r={4}
                class={p.actual.estimated ? 'gl-actual gl-estimated' : 'gl-actual'}
              >
                <title>{tip(p.year, actualName, p.actual, series.unit)}</title>
              </circle>
            ),
        )}
      </svg>
    </figure>
  );
}
