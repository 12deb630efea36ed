// One indicator of one region over the years, hand-drawn in SVG: targets as hollow squares (a range as a
// bar between its bounds, dashed line between years), results as dots on a solid line, coloured by the
// verdict on that year's target (met / close / missed). Every marker shows its value and carries a <title>
// with its source sentence. All charts of a region share one year axis; values start at zero with round ticks.
import { t } from '../i18n';
import { formatAmount, formatNumber, unitLabel } from './amount';
import { linear, valueScale } from './chart-scale';
import type { TimelineSeries, TimelineValue } from './timeline-model';

const W = 380,
  H = 190,
  M = { top: 16, right: 14, bottom: 24, left: 40 };

const tip = (year: number, what: string, v: TimelineValue, unit: string | null) =>
  `${year} ${what}: ${formatAmount({ ...v, unit })}\n${v.text}`;

export interface TimelineChartProps {
  series: TimelineSeries;
  /** The region's first and last year: every chart of the region on the same axis. */
  years: [number, number];
}

export function TimelineChart({ series, years }: TimelineChartProps) {
  const pts = series.points;
  const values = pts
    .flatMap((p) => [p.target?.value, p.target?.value_max, p.actual?.value])
    .filter((v): v is number => v != null);
  if (!values.length) return null;
  // Inset from the axes so the first and last years' markers do not sit on the frame.
  const x = linear(years, [M.left + 22, W - M.right - 22]);
  const y = valueScale(values, [H - M.bottom, M.top]);
  const line = (side: 'target' | 'actual') =>
    pts
      .filter((p) => p[side])
      .map((p) => `${x(p.year).toFixed(1)},${y(p[side]!.value).toFixed(1)}`)
      .join(' ');
  const targetName = t('cmpTarget'),
    actualName = t('cmpActual');
  const allYears = Array.from({ length: years[1] - years[0] + 1 }, (_, i) => years[0] + i);
  const num = (v: number) => formatNumber(v, series.unit);
  return (
    <figure class="gl-chart">
      <figcaption>
        {series.label}
        {unitLabel(series.unit)}
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width={W}
        height={H}
        role="img"
        aria-label={`${series.label}: ${targetName} / ${actualName}`}
      >
        {y.ticks.map((v) => (
          <g key={v}>
            <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} class={v === 0 ? 'gl-zero' : 'gl-grid'} />
            <text x={M.left - 4} y={y(v) + 3} class="gl-tick" text-anchor="end">
              {num(v)}
            </text>
          </g>
        ))}
        <line x1={M.left} x2={M.left} y1={M.top} y2={H - M.bottom} class="gl-axis" />
        {allYears.map((yr) => (
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
                <text
                  x={x(p.year) - 7}
                  y={y(p.target.value_max ?? p.target.value) - 6}
                  class="gl-val gl-val-target"
                  text-anchor="end"
                >
                  {num(p.target.value)}
                  {p.target.value_max !== null ? `–${num(p.target.value_max)}` : ''}
                </text>
              </g>
            ),
        )}
        {pts.map(
          (p) =>
            p.actual && (
              <g key={`a${p.year}`} class={`gl-actual-g gl-status-${p.status ?? 'none'}`}>
                <title>
                  {tip(p.year, actualName, p.actual, series.unit)}
                  {p.status ? `\n${t(`xverdict_${p.status}`)}` : ''}
                </title>
                <circle
                  cx={x(p.year)}
                  cy={y(p.actual.value)}
                  r={4.5}
                  class={p.actual.estimated ? 'gl-actual gl-estimated' : 'gl-actual'}
                />
                <text x={x(p.year) + 7} y={y(p.actual.value) + 13} class="gl-val gl-val-actual">
                  {num(p.actual.value)}
                  {p.status === 'met' ? ' ✓' : p.status === 'missed' ? ' ✗' : p.status === 'close' ? ' ≈' : ''}
                </text>
              </g>
            ),
        )}
      </svg>
    </figure>
  );
}
