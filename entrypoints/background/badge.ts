// The toolbar mark per tab: one for "a report, not saved yet", another for "already in the library".
import { browser } from 'wxt/browser';
import { t } from '../../components/i18n';

export type BadgeMark = 'report' | 'saved' | null;

const STYLE = {
  report: { text: '报', color: '#c2410c' }, // amber-red: something to save here
  saved: { text: '✓', color: '#15803d' }, // green: already kept
} as const;

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
    await a.setTitle({ tabId, title: t(mark === 'saved' ? 'badgeSaved' : 'badgeReport') });
  } catch {
    // The tab closed or navigated away meanwhile: nothing to mark.
  }
}
