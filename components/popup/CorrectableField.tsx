// One labelled value with an inline editor (text input, or a choice when options are given).
import { useState } from 'preact/hooks';
import { t } from '../i18n';

interface Props {
  name: string;
  label: string;
  shown: string;
  value: string;
  options?: Array<{ value: string; label: string }>;
  inputMode?: 'numeric' | 'decimal' | 'text';
  editable: boolean;
  corrected: boolean;
  onSave: (value: string) => void;
}

export function CorrectableField({
  name,
  label,
  shown,
  value,
  options,
  inputMode,
  editable,
  corrected,
  onSave,
}: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const editing = draft !== null;
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
          >
            {options ? (
              <select value={draft} onChange={(ev) => setDraft((ev.target as HTMLSelectElement).value)}>
                {options.map((o) => (
                  <option value={o.value}>{o.label}</option>
                ))}
              </select>
            ) : (
              <input
                value={draft}
                inputMode={inputMode}
                onInput={(ev) => setDraft((ev.target as HTMLInputElement).value)}
              />
            )}
            <button type="submit">{t('apply')}</button>
            <button type="button" class="link" onClick={() => setDraft(null)}>
              {t('cancel')}
            </button>
          </form>
        ) : (
          <>
            <span class="value">{shown}</span>
            {corrected && <span class="tag">{t('corrected')}</span>}
            {editable && (
              <button type="button" class="link" data-action="correct" onClick={() => setDraft(value)}>
                {t('correct')}
              </button>
            )}
          </>
        )}
      </dd>
    </div>
  );
}
