// The work meter itself: the same run gives the same count, a linear walk grows tenfold at ten times
// the input, and a rescan from the start per sentence (the defect it is for) grows a hundredfold.
import { describe, expect, it } from 'vitest';
import { metered } from './meter';

const text = (n: number) => '地区生产总值增长6%。'.repeat(n);

function linear(s: string): number {
  let hits = 0;
  for (let i = s.indexOf('。'); i >= 0; i = s.indexOf('。', i + 1)) if (s.slice(i - 3, i).includes('%')) hits++;
  return hits;
}

function rescanning(s: string): number {
  let hits = 0;
  for (let i = s.indexOf('。'); i >= 0; i = s.indexOf('。', i + 1)) if (s.slice(0, i).includes('预计')) hits++;
  return hits;
}

describe('the work meter', () => {
  it('counts the same work on every run', () => {
    const s = text(500);
    expect(metered(() => linear(s)).work).toBe(metered(() => linear(s)).work);
  });
  it('sees linear work grow about tenfold at ten times the input', () => {
    const r = metered(() => linear(text(10_000))).work / metered(() => linear(text(1_000))).work;
    expect(r).toBeGreaterThan(9);
    expect(r).toBeLessThan(11);
  });
  it('sees a rescan from the start per sentence grow about a hundredfold', () => {
    const r = metered(() => rescanning(text(2_000))).work / metered(() => rescanning(text(200))).work;
    expect(r).toBeGreaterThan(80);
  });
  it('counts the work done inside callbacks, and each callback call', () => {
    const s = text(100);
    const inside = metered(() => [1, 2, 3].map(() => s.slice(0))).work;
    expect(inside).toBeGreaterThanOrEqual(3 * s.length + 3);
  });
  it('counts what a regex passes over', () => {
    const s = 'x'.repeat(10_000);
    expect(metered(() => /y/.test(s)).work).toBeGreaterThan(10_000);
  });
  it('leaves the built-in methods as they were', () => {
    const before = String.prototype.slice;
    metered(() => 'abc'.slice(1));
    expect(String.prototype.slice).toBe(before);
  });
  it('names the line that did the work, when asked', () => {
    const { sites } = metered(() => rescanning(text(300)), true);
    expect(sites[0][0]).toContain('meter.test.ts');
  });
});
