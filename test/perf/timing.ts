// Timing helpers for the scaling tests. The minimum of a few runs estimates the intrinsic cost
// best on a shared, loaded machine (noise only ever adds time).
import { extractReport } from '../../core/extract';

export function bestOf(rounds: number, fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

export const timeExtract = (text: string, rounds: number) =>
  bestOf(rounds, () => extractReport({ text, url: null, title: null }));
