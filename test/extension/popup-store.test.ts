import { describe, expect, it } from 'vitest';
import { correctedTab, createPopupStore, type PopupDeps } from '../../components/popup/store';
import type { TabState } from '../../storage/messages';
import { extraction } from '../storage/make';

const ready = (match: Extract<TabState, { status: 'ready' }>['match'] = null): TabState => ({
  status: 'ready',
  url: 'http://a.gov.cn/',
  title: 'A',
  extraction: extraction(),
  match,
  saved: match ? (match.via === 'url' ? 'here' : 'elsewhere') : null,
});
const summary = { id: 7, title: 'A', url: 'http://a.gov.cn/', urls: ['http://a.gov.cn/'], savedAt: 1, corrections: {} };

function store(reply: (type: string, payload: unknown) => unknown, extra: Partial<PopupDeps> = {}) {
  const sent: Array<[string, unknown]> = [];
  const s = createPopupStore({
    send: (async (type: string, payload: unknown) => {
      sent.push([type, payload]);
      return reply(type, payload);
    }) as PopupDeps['send'],
    tabId: Promise.resolve(42),
    requestAllSites: async () => true,
    openDashboard: () => {},
    ...extra,
  });
  return { s, sent };
}

describe('popup store', () => {
  it('loads the tab, saves, and notifies subscribers', async () => {
    const { s, sent } = store((type) =>
      type === 'inspectTab'
        ? ready()
        : { result: { status: 'created', id: 7 }, state: ready({ via: 'url', report: summary }) },
    );
    const seen: Array<TabState | null> = [];
    s.subscribe((st) => seen.push(st.tab));
    await s.actions.reload();
    expect(s.getState().tab).toEqual(ready());
    await s.actions.save();
    expect(s.getState()).toMatchObject({
      saving: false,
      lastSave: { status: 'created', id: 7 },
      tab: { match: { via: 'url' } },
    });
    expect(sent.map(([t]) => t)).toEqual(['inspectTab', 'saveTab']);
    expect(sent[0][1]).toEqual({ tabId: 42 });
    expect(seen.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps corrections made before saving, shows them, and sends them with the save', async () => {
    const { s, sent } = store((type) =>
      type === 'inspectTab'
        ? ready()
        : { result: { status: 'created', id: 7 }, state: ready({ via: 'url', report: summary }) },
    );
    await s.actions.reload();
    await s.actions.correct({ region: 'x' });
    await s.actions.correct({ report_year: 2024 });
    expect(sent.map(([t]) => t)).toEqual(['inspectTab']);
    const tab = s.getState().tab as Extract<TabState, { status: 'ready' }>;
    const shown = correctedTab(tab, s.getState().pending);
    expect(shown.tab.extraction).toMatchObject({ region: 'x', report_year: 2024, review_year: 2023 });
    expect(shown.corrections).toEqual({ region: 'x', report_year: 2024 });
    await s.actions.save();
    expect(sent[1]).toEqual(['saveTab', { tabId: 42, corrections: [{ region: 'x' }, { report_year: 2024 }] }]);
    expect(s.getState().pending).toEqual([]);
  });

  it('sends corrections of a saved record at once', async () => {
    const saved = store(() => ready({ via: 'url', report: summary }));
    await saved.s.actions.reload();
    await saved.s.actions.correct({ region: 'x' });
    expect(saved.sent[1]).toEqual(['correctReport', { id: 7, patch: { region: 'x' }, tabId: 42 }]);
  });

  it('shows failures instead of hanging', async () => {
    const { s } = store(() => {
      throw new Error('boom');
    });
    await s.actions.reload();
    expect(s.getState().tab).toEqual({ status: 'error', url: null, message: 'boom' });
    await s.actions.save();
    expect(s.getState()).toMatchObject({ saving: false, error: 'boom' });
  });

  it('reloads after the user grants access to all sites', async () => {
    let granted = false;
    const { s, sent } = store(() => ready(), { requestAllSites: async () => granted });
    await s.actions.grantAllSites();
    expect(sent).toEqual([]);
    granted = true;
    await s.actions.grantAllSites();
    expect(sent.map(([t]) => t)).toEqual(['inspectTab']);
  });
});
