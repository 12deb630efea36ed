// Every report a text holds, each extracted on its own (core/shapes/split.ts finds them). A text that holds
// one report is extracted exactly as before, with its page title and table rows; the pieces of a compilation
// are extracted without the page's title (it names the compilation) and keep their place in the text.
import { extractReport, type ExtractOptions } from '../extract';
import { splitReports, type OpeningRule } from './split';
import type { Extraction, PageInput } from '../types';

/** Where a piece of a compilation stands: its number (from 1), how many the text holds, its offsets in the text. */
export interface PieceOf {
  index: number;
  count: number;
  start: number;
  end: number;
}

export interface FoundReport {
  extraction: Extraction;
  /** The text the extraction's offsets refer to: the whole text, or the piece. */
  text: string;
  /** Set when the text holds several reports. */
  part_of: PieceOf | null;
  rule: OpeningRule | 'whole';
}

export function extractReports(input: PageInput, options: ExtractOptions = {}): FoundReport[] {
  const text = input.text ?? '';
  const pieces = splitReports(text);
  if (pieces.length === 1) return [{ extraction: extractReport(input, options), text, part_of: null, rule: 'whole' }];
  return pieces.map((p, i) => ({
    extraction: extractReport({ text: p.text, url: input.url ?? null, title: null, site: input.site ?? null }),
    text: p.text,
    part_of: { index: i + 1, count: pieces.length, start: p.start, end: p.end },
    rule: p.rule,
  }));
}
