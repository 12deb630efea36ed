// The popup's state and actions, built once in the entrypoint and handed to components through `usePopup`.
// Components never talk to the background or storage themselves.
import { useEffect, useState } from 'preact/hooks';
import type { Comparison } from '../../core/compare';
import type { MessageType, Payload, ReplyOf, TabState } from '../../storage/messages';
import type { CorrectionPatch, Corrections, SaveResult } from '../../storage/record';
import { applyCorrections, mergeCorrection } from '../../storage/corrections';
import { describeFailure } from '../../storage/errors';
import { t } from '../i18n';

export interface PopupState {
  tab: TabState | null; // null while the page is being read
  saving: boolean;
  lastSave: SaveResult | null;
  error: string | null;
  /** The tab's report against the library; `done` with null when the page is no report. */
  comparison: ComparisonLoad;
  /** Corrections made before the page is saved: shown at once, sent with the save (in order). */
  pending: CorrectionPatch[];
}

export type ComparisonLoad =
  { status: 'idle' | 'loading' } | { status: 'done'; value: Comparison | null } | { status: 'failed'; message: string };

export interface PopupDeps {
  send: <K extends MessageType>(type: K, payload: Payload<K>) => Promise<ReplyOf<K>>;
  tabId: Promise<number | null>;
  requestAllSites: () => Promise<boolean>;
  /** Opens the library, on a saved report and one of its views when given (dashboard.html?report=<id>&view=<name>). */
  openDashboard: (at?: DashboardTarget) => void;
}

/** Where the library opens: the URL parameters `report` and `view` the dashboard reads. */
export interface DashboardTarget {
  report?: number | null;
  view?: string;
}

export interface PopupActions {
  reload(): Promise<void>;
  save(): Promise<void>;
  correct(patch: CorrectionPatch): Promise<void>;
  grantAllSites(): Promise<void>;
  openDashboard(at?: DashboardTarget): void;
  /** Asks the background for the comparison (the comparison slot does, whenever the tab's state changes). */
  compare(): Promise<void>;
}

export interface PopupStore {
  actions: PopupActions;
  getState(): PopupState;
  subscribe(fn: (s: PopupState) => void): () => void;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
/** A failed write as the user reads it: storage errors (full, blocked, not written) in the page's language. */
export const failureText = (e: unknown) => describeFailure(e, t);

export function createPopupStore(deps: PopupDeps): PopupStore {
  let state: PopupState = {
    tab: null,
    saving: false,
    lastSave: null,
    error: null,
    comparison: { status: 'idle' },
    pending: [],
  };
  let compareRun = 0; // only the latest request may set the comparison (a save or correction can overtake one)
  const listeners = new Set<(s: PopupState) => void>();
  const set = (patch: Partial<PopupState>) => {
    state = { ...state, ...patch };
    listeners.forEach((fn) => fn(state));
  };
  const tabId = async () => {
    const id = await deps.tabId;
    if (id === null) throw new Error('no tab');
    return id;
  };

  const actions: PopupActions = {
    async reload() {
      try {
        set({ tab: await deps.send('inspectTab', { tabId: await tabId() }), error: null });
      } catch (e) {
        set({ tab: { status: 'error', url: null, message: message(e) } });
      }
    },
    async save() {
      set({ saving: true, error: null });
      try {
        const corrections = state.pending;
        const { result, state: tab } = await deps.send('saveTab', {
          tabId: await tabId(),
          ...(corrections.length ? { corrections } : {}),
        });
        set({ tab, lastSave: result, saving: false, pending: [] });
      } catch (e) {
        set({ saving: false, error: failureText(e) });
      }
    },
    async correct(patch) {
      const tab = state.tab;
      if (tab?.status !== 'ready') return;
      // Not saved yet (or saved only as another site's copy): kept until the save, which applies it.
      if (!tab.match || tab.match.via === 'same-report') return set({ pending: [...state.pending, patch] });
      try {
        set({
          tab: await deps.send('correctReport', { id: tab.match.report.id, patch, tabId: await tabId() }),
          error: null,
        });
      } catch (e) {
        set({ error: failureText(e) });
      }
    },
    async grantAllSites() {
      // Must run in the click's own task: permissions.request needs the user gesture.
      if (await deps.requestAllSites()) await actions.reload();
    },
    openDashboard: deps.openDashboard,
    async compare() {
      const run = ++compareRun;
      set({ comparison: { status: 'loading' } });
      let next: ComparisonLoad;
      try {
        next = { status: 'done', value: await deps.send('getComparison', { tabId: await tabId() }) };
      } catch (e) {
        next = { status: 'failed', message: message(e) };
      }
      if (run === compareRun) set({ comparison: next });
    },
  };

  return {
    actions,
    getState: () => state,
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}

type Ready = Extract<TabState, { status: 'ready' }>;

/**
 * The tab as the popup shows it and the corrections it carries: a saved record's own, or those made before
 * saving, applied to the page's reading until the save keeps them.
 */
export function correctedTab(tab: Ready, pending: CorrectionPatch[]): { tab: Ready; corrections: Corrections } {
  if (tab.match && tab.match.via !== 'same-report') return { tab, corrections: tab.match.report.corrections };
  if (!pending.length) return { tab, corrections: {} };
  const corrections = pending.reduce<Corrections>((c, p) => mergeCorrection(c, p), {});
  return { tab: { ...tab, extraction: applyCorrections(tab.extraction, corrections) }, corrections };
}

/** The store's current state, re-rendering on change. */
export function usePopup(store: PopupStore): PopupState {
  const [s, setS] = useState(store.getState());
  useEffect(() => {
    // Effects run after paint: a reply that landed in between would otherwise be missed.
    setS(store.getState());
    return store.subscribe(setS);
  }, [store]);
  return s;
}
