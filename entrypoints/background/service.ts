// What the background does, with its browser-facing parts passed in so that tests can drive it:
// answers the message map, marks tabs, saves pages for the popup, the keyboard command and the menu.
import { compareReport } from '../../core/compare';
import { detectCheap } from '../../core/read/detect-cheap';
import { comparisonLibrary } from '../../storage/comparison';
import type { LibraryDB } from '../../storage/db';
import { contentHash } from '../../storage/hash';
import { applyCorrection, effectiveExtraction, findRow, saveReport, savedState } from '../../storage/library';
import type { Handlers, SavedSummary, TabState } from '../../storage/messages';
import type { CorrectionPatch, PageCapture, SaveResult, StoredReport } from '../../storage/record';
import { withTexts } from '../../storage/rows';
import { markOf, type BadgeMark } from './badge';
import { boundSignals } from './signals';
import { cheapIdentity } from './cheap-identity';
import { NoAccessError } from './read-tab';

export interface ServiceDeps {
  db: LibraryDB;
  readTab: (tabId: number) => Promise<PageCapture>;
  setBadge: (tabId: number, mark: BadgeMark) => Promise<void>;
  tabUrl: (tabId: number) => Promise<string | null>;
  /** Drops a tab's cached read: its content script has seen the page change. */
  forgetTab?: (tabId: number) => void;
}

const summary = (r: StoredReport): SavedSummary => ({
  id: r.id!,
  title: r.title,
  url: r.url,
  urls: r.urls,
  savedAt: r.savedAt,
  corrections: r.corrections,
});

export function createService({ db, readTab, setBadge, tabUrl, forgetTab }: ServiceDeps) {
  /**
   * The library's match for a read page, and the record when it is this very page (not another site's
   * copy). Without the record's text: the popup's state shows none, and the popup waits for this answer.
   */
  async function matchOf(capture: PageCapture) {
    const hash = await contentHash(capture.text);
    const match = await findRow(db, { url: capture.url, hash, extraction: capture.extraction });
    return { match, own: match && match.via !== 'same-report' ? match.record : null };
  }

  /**
   * The popup's view of a read page. The tab's mark follows the same answer: a badge set from the content
   * script's few lines is corrected once the whole page has been read.
   */
  async function stateOf(tabId: number, capture: PageCapture): Promise<TabState> {
    const { match, own } = await matchOf(capture);
    const saved = savedState(match?.via);
    const extraction = own ? effectiveExtraction(own) : capture.extraction;
    // The mark is three calls to the browser: the popup's answer does not wait for them.
    void setBadge(tabId, markOf(saved, extraction.kind)).catch(() => {});
    return {
      status: 'ready',
      url: capture.url,
      title: capture.title,
      extraction,
      match: match ? { via: match.via, report: summary(match.record) } : null,
      saved,
    };
  }

  async function inspectTab(tabId: number): Promise<TabState> {
    let capture: PageCapture;
    try {
      capture = await readTab(tabId);
    } catch (e) {
      const url = await tabUrl(tabId).catch(() => null);
      if (e instanceof NoAccessError) return { status: 'no-access', url };
      return { status: 'error', url, message: e instanceof Error ? e.message : String(e) };
    }
    return stateOf(tabId, capture);
  }

  async function saveTab(
    tabId: number,
    corrections: CorrectionPatch[] = [],
  ): Promise<{ result: SaveResult; state: TabState }> {
    const capture = await readTab(tabId);
    const result = await saveReport(db, capture);
    // Corrections made before saving belong to this page's record, not to another site's copy of the report.
    if (result.status !== 'duplicate-of') for (const patch of corrections) await applyCorrection(db, result.id, patch);
    return { result, state: await stateOf(tabId, capture) }; // stateOf marks the tab saved
  }

  /** The tab's report as the popup shows it (a saved page with its corrections) against the saved library. */
  async function getComparison(tabId: number) {
    const capture = await readTab(tabId);
    const { own } = await matchOf(capture);
    const ownText = own ? (await withTexts(db, [own]))[0].text : '';
    // A saved page compares as saved: corrected region, year and values, the text its offsets refer to.
    const current = { ...(own ? effectiveExtraction(own) : capture.extraction), text: ownText || capture.text };
    if (current.kind === 'other') return null;
    return compareReport(current, await comparisonLibrary(db, current, own?.id));
  }

  const handlers: Handlers = {
    // From a content script only (storage/messages.ts SENDERS): about its own tab, at the sender's address.
    async pageSignals(payload, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !sender.url) throw new Error('page signals come from a tab');
      const signals = boundSignals(payload, sender.url);
      const detection = detectCheap(signals);
      // Signals come at load and again when a page renders its article late: a read cached
      // before that (a popup opened on the empty shell) is stale.
      forgetTab?.(tabId);
      // Saved? By the popup's rule, with what the signals tell: the address, and the region, year and kind.
      const match = await findRow(db, { url: signals.url, hash: null, extraction: cheapIdentity(signals, detection) });
      await setBadge(tabId, markOf(savedState(match?.via), detection.kind));
      return detection;
    },
    inspectTab: ({ tabId }) => inspectTab(tabId),
    saveTab: ({ tabId, corrections }) => saveTab(tabId, corrections),
    async correctReport({ id, patch, tabId }) {
      await applyCorrection(db, id, patch);
      return inspectTab(tabId);
    },
    getComparison: ({ tabId }) => getComparison(tabId),
  };

  return { handlers, inspectTab, saveTab, getComparison };
}
