// The page's own targets or results, compact: one line each, the sentence it was read from on a click of
// its label, a quiet pencil to correct its value, unit and qualifier (Escape or 取消 leaves the editor,
// 恢复 goes back to what was read). Before the page is saved the correction waits for the save.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Item } from '../../core/types';
import type { TabState } from '../../storage/messages';
import type { CorrectionPatch, Corrections } from '../../storage/record';
import { itemKey, type ItemList } from '../../storage/corrections';
import { t } from '../i18n';
import { formatValue } from './format';

type Ready = Extract<TabState, { status: 'ready' }>;

interface Props {
  title: string;
  list: ItemList;
  tab: Ready;
  /** The corrections shown: the saved record's, or those to apply on saving. */
  corrections: Corrections;
  onCorrect: (p: CorrectionPatch) => void;
}

export function ItemsTable({ title, list, tab, corrections, onCorrect }: Props) {
  const items = tab.extraction[list];
  const fixed = corrections.items ?? {};
  return (
    <section class="items" data-list={list}>
      <h2>
        {title} <span class="count">{items.length}</span>
      </h2>
      {items.length === 0 ? (
        <p class="muted">{t('noItems')}</p>
      ) : (
        <table class="compact">
          <tbody>
            {items.map((item) => {
              const key = itemKey(list, item);
              return (
                <ItemRow
                  key={`${key}:${item.start}`}
                  item={item}
                  itemKey={key}
                  corrected={key in fixed}
                  onCorrect={onCorrect}
                />
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

interface RowProps {
  item: Item;
  itemKey: string;
  corrected: boolean;
  onCorrect: (p: CorrectionPatch) => void;
}

interface Draft {
  value: string;
  unit: string;
  qualifier: string;
}

const draftOf = (item: Item): Draft => ({
  value: item.value === null ? '' : String(item.value),
  unit: item.unit ?? '',
  qualifier: item.qualifier ?? '',
});

function ItemRow({ item, itemKey: key, corrected, onCorrect }: RowProps) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const open = draft !== null;
  useEffect(() => {
    if (open) input.current?.focus(); // on opening only: typing in the unit must not move back
  }, [open]);
  const edit = (field: keyof Draft) => (ev: Event) =>
    setDraft((d) => d && { ...d, [field]: (ev.target as HTMLInputElement).value });
  const save = (d: Draft) => {
    const n = Number(d.value.trim());
    onCorrect({
      item: {
        key,
        value: d.value.trim() && Number.isFinite(n) ? n : null,
        unit: d.unit.trim() || null,
        qualifier: d.qualifier.trim() || null,
      },
    });
    setDraft(null);
  };
  return (
    <tr data-indicator={item.indicator}>
      <td class="label">
        <details>
          <summary>
            {item.label}
            {item.relative_to && <span class="muted"> ({item.relative_to})</span>}
          </summary>
          <blockquote class="source" title={t('source')}>
            {item.text}
          </blockquote>
        </details>
      </td>
      <td class="num">
        {draft !== null ? (
          <form
            class="editor item-editor"
            onSubmit={(ev) => {
              ev.preventDefault();
              save(draft);
            }}
            onKeyDown={(ev) => {
              if (ev.key === 'Escape') {
                ev.preventDefault();
                setDraft(null);
              }
            }}
          >
            <input
              name="value"
              value={draft.value}
              inputMode="decimal"
              size={5}
              aria-label={t('correctValue', item.label)}
              ref={input}
              onInput={edit('value')}
            />
            <input name="unit" value={draft.unit} size={3} aria-label={t('fieldUnit')} onInput={edit('unit')} />
            <input
              name="qualifier"
              value={draft.qualifier}
              size={3}
              aria-label={t('fieldQualifier')}
              onInput={edit('qualifier')}
            />
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
                  onCorrect({ restore: { items: [key] } });
                  setDraft(null);
                }}
              >
                {t('restore')}
              </button>
            )}
          </form>
        ) : (
          <>
            {formatValue(item)}
            {item.estimated && <span class="tag">{t('estimated')}</span>}
            {corrected && <span class="tag">{t('corrected')}</span>}
          </>
        )}
      </td>
      <td class="edit">
        {draft === null && (
          <button
            type="button"
            class="quiet"
            data-action="correct"
            title={t('correct')}
            aria-label={t('correctValue', item.label)}
            onClick={() => setDraft(draftOf(item))}
          >
            ✎
          </button>
        )}
      </td>
    </tr>
  );
}
