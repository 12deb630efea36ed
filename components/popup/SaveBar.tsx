// Save button, saved state and the duplicate notice.
import type { TabState } from '../../storage/messages';
import type { SaveResult } from '../../storage/record';
import { t } from '../i18n';
import { formatDate } from './format';

type Ready = Extract<TabState, { status: 'ready' }>;

interface Props {
  tab: Ready;
  saving: boolean;
  lastSave: SaveResult | null;
  error: string | null;
  onSave: () => void;
}

export function SaveBar({ tab, saving, lastSave, error, onSave }: Props) {
  const match = tab.match;
  const saved = match !== null && match.via !== 'same-report';
  // Another site's copy of the same report (same region, year and kind) is already kept.
  const duplicate = match?.via === 'same-report' || lastSave?.status === 'duplicate-of';
  return (
    <section class="save-bar" data-saved={saved ? 'yes' : 'no'}>
      {saved ? (
        <p class="saved">
          <strong>{t('saved')}</strong> <span class="muted">{t('savedOn', formatDate(match.report.savedAt))}</span>
        </p>
      ) : (
        <button type="button" class="primary" data-action="save" disabled={saving} onClick={onSave}>
          {saving ? t('saving') : tab.extraction.kind === 'other' ? t('saveAnyway') : t('save')}
        </button>
      )}
      {saved && tab.saved === 'elsewhere' && (
        <p class="notice" data-notice="mirror">
          {t('savedElsewhere', match.report.url)}
        </p>
      )}
      {duplicate && match && (
        <p class="notice" data-notice="duplicate">
          {t('duplicateOf', match.report.title)}
        </p>
      )}
      {error && <p class="error">{t('saveFailed', error)}</p>}
    </section>
  );
}
