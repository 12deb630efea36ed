// Linear scales for the hand-drawn SVG charts.
export interface Scale {
  (x: number): number;
  domain: [number, number];
}

/** Maps [d0, d1] onto [r0, r1]; an empty domain is widened so a single value sits in the middle. */
export function linear([d0, d1]: [number, number], [r0, r1]: [number, number]): Scale {
  if (d0 === d1) [d0, d1] = [d0 - 1, d1 + 1];
  const f = ((x: number) => r0 + ((x - d0) / (d1 - d0)) * (r1 - r0)) as Scale;
  f.domain = [d0, d1];
  return f;
}

/** The values' range with a margin, so markers are not drawn on the frame. */
export function paddedExtent(values: number[], pad = 0.1): [number, number] {
  const lo = Math.min(...values),
    hi = Math.max(...values);
  const m = (hi - lo || Math.abs(hi) || 1) * pad;
  return [lo - m, hi + m];
}
