// STUB. Quantitative commitments of the work-plan sections.
import type { TaskTarget } from './types';

export function extractTasks(_norm: string, _orig: string): TaskTarget[] {
  return [];
}
