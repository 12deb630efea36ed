// Tasks by status as one stacked bar with its counts beneath (推进缓慢 9 · 有序推进 80 · 已完成 21).
// Statuses are the notice's own words; slow ones are drawn warm, finished ones green, the rest neutral.
import { t } from '../i18n';

export interface StatusBarProps {
  counts: Array<{ status: string; count: number }>;
  /** The statuses that mean a task is behind (core/compare/tasks.ts isSlow). */
  slow: Set<string>;
}

const DONE = /完成|达到|双过半|已办结/;
const tone = (status: string, slow: Set<string>) => (slow.has(status) ? 'slow' : DONE.test(status) ? 'done' : 'on');

export function StatusBar({ counts, slow }: StatusBarProps) {
  const total = counts.reduce((n, c) => n + c.count, 0) || 1;
  // Slow first, so the eye meets them where the list of slow tasks begins.
  const ordered = [...counts].sort((a, b) => Number(slow.has(b.status)) - Number(slow.has(a.status)));
  return (
    <div class="gl-status-bar" aria-label={t('cmpTaskCounts')}>
      <div class="gl-stack" aria-hidden="true">
        {ordered.map((c) => (
          <span
            key={c.status}
            class={`gl-stack-${tone(c.status, slow)}`}
            style={{ width: `${(c.count / total) * 100}%` }}
            title={`${c.status}: ${c.count}`}
          />
        ))}
      </div>
      <ul class="gl-counts">
        {ordered.map((c) => (
          <li key={c.status} class={`gl-count-${tone(c.status, slow)}`}>
            {c.status}: <strong>{c.count}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
