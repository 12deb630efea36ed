// Scales for the hand-drawn SVG charts: d3-scale's linear scale with round ("nice") ticks.
import { scaleLinear } from 'd3-scale';

export interface Scale {
  (x: number): number;
  domain: [number, number];
  ticks: number[];
}

/** Maps [d0, d1] onto [r0, r1]; an empty domain is widened so a single value sits in the middle. */
export function linear([d0, d1]: [number, number], [r0, r1]: [number, number]): Scale {
  if (d0 === d1) [d0, d1] = [d0 - 1, d1 + 1];
  const s = scaleLinear().domain([d0, d1]).range([r0, r1]);
  const f = ((x: number) => s(x)) as Scale;
  f.domain = [d0, d1];
  f.ticks = s.ticks(4);
  return f;
}

/**
 * The value axis: always from zero (a fall of 0.4% drawn against 0, not as a crash to the frame's bottom),
 * widened to round ticks. Values far from zero on one side still start at zero: the honest picture of a
 * small change is a small one.
 */
export function valueScale(values: number[], [r0, r1]: [number, number]): Scale {
  const lo = Math.min(0, ...values),
    hi = Math.max(0, ...values);
  const s = scaleLinear()
    .domain(lo === hi ? [0, 1] : [lo, hi])
    .range([r0, r1])
    .nice(4);
  const f = ((x: number) => s(x)) as Scale;
  f.domain = s.domain() as [number, number];
  f.ticks = s.ticks(4);
  return f;
}
