// Wiring only: which tab (`?tabId=N` when given, as the browser tests do; else the active tab), the store, render.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../storage/messages';
import { createPopupStore, type DashboardTarget } from '../../components/popup/store';
import { Popup } from '../../components/popup/Popup';
import { initI18n, t } from '../../components/i18n';

async function targetTabId(): Promise<number | null> {
  const given = new URLSearchParams(location.search).get('tabId');
  if (given && /^\d+$/.test(given)) return Number(given);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

// The dashboard page is another entrypoint (entrypoints/dashboard/); its path is not in this build's types yet.
// `report=<id>&view=<name>`: the dashboard opens on that record and view (deep links from the popup).
const dashboardUrl = (at: DashboardTarget = {}) => {
  const q = new URLSearchParams();
  if (at.report != null) q.set('report', String(at.report));
  if (at.view) q.set('view', at.view);
  const query = q.size ? `?${q}` : '';
  return (browser.runtime.getURL as (path: string) => string)(`/dashboard.html${query}`);
};

const store = createPopupStore({
  send: sendMessage,
  tabId: targetTabId(),
  requestAllSites: () => browser.permissions.request({ origins: ['*://*/*'] }),
  openDashboard: (at) => void browser.tabs.create({ url: dashboardUrl(at) }),
});
// The tab is read at once, while the language setting is read: the first render waits for the slower of
// the two (the tab), not for both one after the other.
void store.actions.reload();
void initI18n().then((lang) => {
  document.documentElement.lang = lang === 'zh_CN' ? 'zh-CN' : 'en';
  document.title = t('extName');
  render(<Popup store={store} />, document.getElementById('app')!);
});
