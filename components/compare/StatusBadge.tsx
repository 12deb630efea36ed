import { t } from '../i18n';
import { STATUS_MARK, type OutcomeStatus } from './status';

/** ✓ 达成 / ≈ 接近 / ✗ 未达成 / ? 无法判断: symbol and word, colour only as a third cue. */
export function StatusBadge({ status }: { status: OutcomeStatus }) {
  const m = STATUS_MARK[status];
  return (
    <span class={`gl-status gl-status-${status}`}>
      <span aria-hidden="true">{m.icon}</span> {t(m.key)}
    </span>
  );
}
