import { useEffect } from 'preact/hooks';
import { t } from '../i18n';

export interface UndoBarProps {
  label: string; // what was deleted
  onUndo(): void;
  onDismiss(): void;
  timeoutMs?: number;
}

/** "Deleted X. Undo" — goes away by itself after a while; the deletion then stays. */
export function UndoBar({ label, onUndo, onDismiss, timeoutMs = 10000 }: UndoBarProps) {
  useEffect(() => {
    const timer = setTimeout(onDismiss, timeoutMs);
    return () => clearTimeout(timer);
  }, [label]);
  return (
    <div class="gl-undo" role="status">
      {t('dashDeleted', label)}{' '}
      <button type="button" onClick={onUndo}>
        {t('dashUndo')}
      </button>
    </div>
  );
}
