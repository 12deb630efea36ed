// The page's own targets or results, compact: one line each, the sentence it was read from on a click of
// its label, a quiet pencil to correct it (Escape or 取消 leaves it, 恢复 goes back to what was read).
import { useState } from 'preact/hooks';
import type { Item } from '../../core/types';
import type { TabState } from '../../storage/messages';
import type { CorrectionPatch } from '../../storage/record';
import { itemKey, type ItemList } from '../../storage/corrections';
import { t } from '../i18n';
import { formatValue } from './format';

type Ready = Extract<TabState, { status: 'ready' }>;

interface Props {
  title: string;
  list: ItemList;
  tab: Ready;
  onCorrect: (p: CorrectionPatch) => void;
}

export function ItemsTable({ title, list, tab, onCorrect }: Props) {
  const items = tab.extraction[list];
  const saved = tab.match !== null && tab.match.via !== 'same-report';
  const fixed = (saved && tab.match?.report.corrections.items) || {};
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
                  editable={saved}
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
  editable: boolean;
  corrected: boolean;
  onCorrect: (p: CorrectionPatch) => void;
}

function ItemRow({ item, itemKey: key, editable, corrected, onCorrect }: RowProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const save = () => {
    const n = Number((draft ?? '').trim());
    onCorrect({ item: { key, value: draft?.trim() && Number.isFinite(n) ? n : null } });
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
            class="editor"
            onSubmit={(ev) => {
              ev.preventDefault();
              save();
            }}
            onKeyDown={(ev) => {
              if (ev.key === 'Escape') {
                ev.preventDefault();
                setDraft(null);
              }
            }}
          >
            <input
              value={draft}
              inputMode="decimal"
              size={6}
              aria-label={t('correctValue', item.label)}
              ref={(el) => el?.focus()}
              onInput={(ev) => setDraft((ev.target as HTMLInputElement).value)}
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
        {editable && draft === null && (
          <button
            type="button"
            class="quiet"
            data-action="correct"
            title={t('correct')}
            aria-label={t('correctValue', item.label)}
            onClick={() => setDraft(item.value === null ? '' : String(item.value))}
          >
            ✎
          </button>
        )}
      </td>
    </tr>
  );
}
