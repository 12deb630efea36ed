// One labelled value with an inline editor (text input, or a choice when options are given), opened by a
// quiet pencil. Escape or 取消 leaves it; 恢复 drops the correction and shows what was read again.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';

interface Props {
  name: string;
  label: string;
  shown: string;
  value: string;
  options?: Array<{ value: string; label: string }>;
  inputMode?: 'numeric' | 'decimal' | 'text';
  corrected: boolean;
  onSave: (value: string) => void;
  onRestore: () => void;
}

export function CorrectableField({
  name,
  label,
  shown,
  value,
  options,
  inputMode,
  corrected,
  onSave,
  onRestore,
}: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const editing = draft !== null;
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (editing) input.current?.focus();
  }, [editing]);
  return (
    <div class="field" data-field={name}>
      <dt>{label}</dt>
      <dd>
        {editing ? (
          <form
            class="editor"
            onSubmit={(ev) => {
              ev.preventDefault();
              onSave(draft);
              setDraft(null);
            }}
            onKeyDown={(ev) => {
              if (ev.key === 'Escape') {
                ev.preventDefault();
                setDraft(null);
              }
            }}
          >
            {options ? (
              <select
                value={draft}
                aria-label={label}
                onChange={(ev) => setDraft((ev.target as HTMLSelectElement).value)}
              >
                {options.map((o) => (
                  <option value={o.value}>{o.label}</option>
                ))}
              </select>
            ) : (
              <input
                value={draft}
                aria-label={label}
                inputMode={inputMode}
                ref={input}
                onInput={(ev) => setDraft((ev.target as HTMLInputElement).value)}
              />
            )}
            <button type="submit">{t('apply')}</button>
            <button type="button" class="link" data-action="cancel" onClick={() => setDraft(null)}>
              {t('cancel')}
            </button>
            {corrected && (
              <button
                type="button"
                class="link"
                data-action="restore"
                onClick={() => {
                  onRestore();
                  setDraft(null);
                }}
              >
                {t('restore')}
              </button>
            )}
          </form>
        ) : (
          <>
            <span class="value">{shown}</span>
            {corrected && <span class="tag">{t('corrected')}</span>}
            <button
              type="button"
              class="quiet"
              data-action="correct"
              title={t('correct')}
              aria-label={`${t('correct')}: ${label}`}
              onClick={() => setDraft(value)}
            >
              ✎
            </button>
          </>
        )}
      </dd>
    </div>
  );
}
