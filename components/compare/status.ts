// Outcome statuses as symbol + word, so they read without colour (and in a monochrome print).
import type { MessageKey } from '../i18n';

export type OutcomeStatus = 'met' | 'close' | 'missed' | 'unknown';

export const STATUS_MARK: Record<OutcomeStatus, { icon: string; key: MessageKey }> = {
  met: { icon: '✓', key: 'cmpStatusMet' },
  close: { icon: '≈', key: 'cmpStatusClose' },
  missed: { icon: '✗', key: 'cmpStatusMissed' },
  unknown: { icon: '?', key: 'cmpStatusUnknown' },
};

export const CHANGE_MARK: Record<'up' | 'down' | 'same', { icon: string; key: MessageKey }> = {
  up: { icon: '↑', key: 'cmpChangeUp' },
  down: { icon: '↓', key: 'cmpChangeDown' },
  same: { icon: '=', key: 'cmpChangeSame' },
};
