// The toolbar mark per tab: one for "a report, not saved yet", another for "already in the library" (at this
// address, or from another address: the same ✓, its tooltip says which).
import { browser } from 'wxt/browser';
import { t } from '../../components/i18n';
import type { Kind } from '../../core/types';
import type { SavedState } from '../../storage/library';

export type BadgeMark = 'report' | 'saved' | 'saved-elsewhere' | null;

const STYLE = {
  report: { text: '报', color: '#c2410c', title: 'badgeReport' }, // amber-red: something to save here
  saved: { text: '✓', color: '#15803d', title: 'badgeSaved' }, // green: already kept
  'saved-elsewhere': { text: '✓', color: '#15803d', title: 'badgeSavedElsewhere' },
} as const;

/** The mark for a page: saved (here or elsewhere) whatever its kind, else a report or notice to save, else none. */
export function markOf(saved: SavedState, kind: Kind): BadgeMark {
  if (saved) return saved === 'here' ? 'saved' : 'saved-elsewhere';
  return kind === 'other' ? null : 'report';
}

// Firefox builds are Manifest V2, where the toolbar button is `browserAction`.
const action = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

export async function setBadge(tabId: number, mark: BadgeMark): Promise<void> {
  const a = action();
  try {
    if (!mark) {
      await a.setBadgeText({ tabId, text: '' });
      await a.setTitle({ tabId, title: t('extName') });
      return;
    }
    await a.setBadgeBackgroundColor({ tabId, color: STYLE[mark].color });
    await a.setBadgeText({ tabId, text: STYLE[mark].text });
    await a.setTitle({ tabId, title: t(STYLE[mark].title) });
  } catch {
    // The tab closed or navigated away meanwhile: nothing to mark.
  }
}
