// STUB. Progress-notice task tables.
import type { ProgressRow } from './types';

/** Rows from a flattened table (one cell per paragraph, as in tianmen-2023-h1-progress.txt). */
export function parseProgressText(_norm: string, _orig: string): ProgressRow[] {
  return [];
}

/** Rows from a real table, given as a matrix of cell texts (header row included). */
export function parseProgressCells(_cells: string[][]): ProgressRow[] {
  return [];
}
