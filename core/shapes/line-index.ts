// Where a position's line starts and ends, by binary search over the line breaks found once. A text that is
// one long line (datasets store reports so) would otherwise make every lastIndexOf('\n')/indexOf('\n') walk
// the whole line, once for each signal on it.

export class LineIndex {
  private readonly breaks: number[] = [];
  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.breaks.push(i);
  }

  /** The first break at or after `pos` (binary search), as an index into the breaks. */
  private next(pos: number): number {
    let lo = 0,
      hi = this.breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.breaks[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Where the line holding `pos` starts (just after the break before it). */
  startOf(pos: number): number {
    const k = this.next(pos) - 1;
    return k >= 0 ? this.breaks[k] + 1 : 0;
  }

  /** Where the line holding `pos` ends (its break, or the text's end). */
  endOf(pos: number): number {
    const k = this.next(pos);
    return k < this.breaks.length ? this.breaks[k] : this.text.length;
  }
}
