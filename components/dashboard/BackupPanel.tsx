// The backup tab: JSON backup out, JSON backup in (validated, merged, all or nothing).
import { t, type MessageKey } from '../i18n';
import { STORAGE_ERROR_KEYS, storageErrorCode } from '../../storage/errors';
import { useDashboard } from './context';
import type { ImportOutcome } from './backup-store';
import { useStore } from './store';

const ERROR_KEYS: Record<string, MessageKey> = {
  empty: 'bakErrEmpty',
  truncated: 'bakErrTruncated',
  invalid_json: 'bakErrInvalidJson',
  wrong_format: 'bakErrWrongFormat',
  wrong_version: 'bakErrWrongVersion',
  bad_record: 'bakErrBadRecord',
  count_mismatch: 'bakErrCount',
  write_failed: 'bakErrWrite',
};

export function importMessage(r: ImportOutcome): string {
  if (r.ok) return t('bakImported', r.added, r.merged, r.unchanged);
  const e = r.error;
  // Storage full or blocked: the storage message says what happened and that nothing was written.
  const storage = e.code === 'write_failed' ? null : storageErrorCode(e);
  if (storage) return t(STORAGE_ERROR_KEYS[storage]);
  const key = ERROR_KEYS[e.code] ?? 'bakErrWrite';
  return `${t(key, e.record === undefined ? '' : e.record + 1, e.field ?? '')} ${t('bakNothingChanged')}`;
}

export function BackupPanel() {
  const { backup, library } = useDashboard();
  const s = useStore(backup.store, (x) => x);
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    if (await backup.importJson(await file.text())) await library.load();
    input.value = '';
  };
  return (
    <div class="gl-backup">
      <p>{t('bakIntro')}</p>
      <p>
        <button type="button" disabled={s.busy} onClick={() => void backup.exportJson()}>
          {t('bakExport')}
        </button>
      </p>
      <p>
        <label>
          {t('bakImport')}{' '}
          <input
            type="file"
            accept="application/json,.json"
            disabled={s.busy}
            onChange={(e) => void onFile(e.target as HTMLInputElement)}
          />
        </label>
      </p>
      {s.busy && <p>{t('loading')}</p>}
      {s.result && (
        <p class={s.result.ok ? 'gl-ok' : 'gl-error'} role="status">
          {importMessage(s.result)}
        </p>
      )}
      {s.error && (
        <p class="gl-error" role="alert">
          {s.error}
        </p>
      )}
    </div>
  );
}
