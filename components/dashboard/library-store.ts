// The library list's state: summaries loaded once, filter and page in memory, titles fetched for the
// rows on screen only (all titles only once the user searches). Deleting keeps the record aside so
// that one undo puts it back unchanged.
import { createStore, type Store } from './store';
import { facetsOf, filterSummaries, NO_FILTER, pageOf, type Facets, type ListFilter, type Page } from './list-model';
import type { LibrarySource, Removed, ReportSummary, RowDetail } from './source';
import { failureText } from './failure';
import { rowStats, searchText, type RowStats } from './list-stats';

export const PAGE_SIZE = 50;

export interface LibraryState {
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  summaries: ReportSummary[]; // newest first
  filter: ListFilter;
  page: number;
  details: Map<number, RowDetail>; // of rows that have been on screen
  titles: Map<number, string>; // every title, once the user searches
  allTitles: boolean;
  searching: boolean; // titles are being read; until then the query matches regions only
  /** Reports whose contents have been read for the search, of all; null before the first search. */
  contentProgress: { done: number; total: number } | null;
  stats: Map<number, RowStats>; // of rows that have been on screen
  contents: Map<number, string>; // what a search looks into (list-stats.ts), once the user searches
  undo: { removed: Removed; summary: ReportSummary } | null;
}

export interface LibraryStore {
  store: Store<LibraryState>;
  /** Derived views, recomputed only when their inputs change. */
  filtered(): ReportSummary[];
  facets(): Facets;
  page(): Page<ReportSummary>;
  load(): Promise<void>;
  setFilter(patch: Partial<ListFilter>): Promise<void>;
  setPage(page: number): Promise<void>;
  remove(id: number): Promise<void>;
  undo(): Promise<void>;
  dismissUndo(): void;
  /** Shows a failure from outside the list's own calls (the database waiting for another page to close). */
  failed(e: unknown): void;
  /** Fetches what list rows show (title, save time) for ids not known yet. */
  ensureDetails(ids: number[]): Promise<void>;
  /** Counts and verdicts of these rows (their records, and last year's report of each region). */
  ensureStats(ids: number[]): Promise<void>;
}

const CHUNK = 200; // records read at once when the search reads every report

/** Caches `fn` on the identity of its inputs. */
function memo<A extends unknown[], R>(fn: (...a: A) => R): (...a: A) => R {
  let last: A | null = null,
    value: R;
  return (...a: A) => {
    if (!last || a.some((x, i) => x !== last![i])) {
      value = fn(...a);
      last = a;
    }
    return value;
  };
}

const message = failureText;

export function createLibraryStore(source: LibrarySource): LibraryStore {
  const store = createStore<LibraryState>({
    status: 'loading',
    error: null,
    summaries: [],
    filter: NO_FILTER,
    page: 0,
    details: new Map(),
    titles: new Map(),
    allTitles: false,
    searching: false,
    undo: null,
    stats: new Map(),
    contents: new Map(),
    contentProgress: null,
  });
  const filtered = memo(filterSummaries);
  const facets = memo(facetsOf);
  let allTitles: Promise<void> | null = null;
  let allContents: Promise<void> | null = null;

  // Every report's indicators and sentences, read in chunks after the titles have answered: matches by title
  // show at once, matches by content join the list as each chunk arrives (the progress bar says how far).
  async function readContents() {
    const ids = store.get().summaries.map((s) => s.id);
    store.set({ contentProgress: { done: 0, total: ids.length } });
    for (let i = 0; i < ids.length; i += CHUNK) {
      const got = await source.load(ids.slice(i, i + CHUNK));
      const contents = new Map(store.get().contents);
      for (const r of got) contents.set(r.id, searchText(r.extraction));
      store.set({ contents, contentProgress: { done: Math.min(i + CHUNK, ids.length), total: ids.length } });
    }
  }
  const paged = memo((list: ReportSummary[], page: number) => pageOf(list, page, PAGE_SIZE));

  const api: LibraryStore = {
    store,
    filtered: () => {
      const s = store.get();
      return filtered(s.summaries, s.filter, s.titles, s.contents);
    },
    facets: () => facets(store.get().summaries),
    page: () => paged(api.filtered(), store.get().page),

    async load() {
      store.set({ status: 'loading', error: null });
      try {
        const summaries = (await source.summaries()).sort((a, b) => b.id - a.id);
        store.set({ status: 'ready', summaries, error: null }); // a notice from while it waited (blocked) is over
        await api.ensureDetails(api.page().rows.map((r) => r.id));
      } catch (e) {
        store.set({ status: 'error', error: message(e) });
      }
    },

    async setFilter(patch) {
      store.set({ filter: { ...store.get().filter, ...patch }, page: 0 });
      if (store.get().filter.query.trim() && !store.get().allTitles) {
        // Typing fires many changes; the titles are read once.
        if (!allTitles) {
          store.set({ searching: true });
          allTitles = source.allTitles().then(
            (titles) => store.set({ titles, allTitles: true, searching: false }),
            (e) => {
              allTitles = null;
              store.set({ searching: false, error: message(e) });
            },
          );
        }
        await allTitles;
      }
      if (store.get().filter.query.trim() && !allContents) {
        allContents = readContents().then(
          () => store.set({ contentProgress: null }),
          (e) => {
            allContents = null;
            store.set({ contentProgress: null, error: message(e) });
          },
        );
      }
      await api.ensureDetails(api.page().rows.map((r) => r.id));
    },

    async setPage(page) {
      store.set({ page });
      await api.ensureDetails(api.page().rows.map((r) => r.id));
    },

    async remove(id) {
      const summary = store.get().summaries.find((s) => s.id === id);
      let removed: Removed | null;
      try {
        removed = await source.remove(id);
      } catch (e) {
        store.set({ error: message(e) }); // nothing was deleted: the row stays
        return;
      }
      if (!removed || !summary) return;
      store.set({ summaries: store.get().summaries.filter((s) => s.id !== id), undo: { removed, summary } });
      await api.ensureDetails(api.page().rows.map((r) => r.id));
    },

    async undo() {
      const u = store.get().undo;
      if (!u) return;
      let gone: number[];
      try {
        gone = await source.restore(u.removed);
      } catch (e) {
        store.set({ error: message(e) }); // the undo bar stays, to try again
        return;
      }
      // Back in its place (the list is newest first), and the same report saved again meanwhile folded into it.
      const kept = store.get().summaries.filter((s) => !gone.includes(s.id));
      const list = [...kept, u.summary].sort((a, b) => b.id - a.id);
      store.set({ summaries: list, undo: null });
    },

    dismissUndo: () => store.set({ undo: null }),

    failed: (e) => store.set({ error: message(e) }),

    async ensureDetails(ids) {
      const known = store.get().details;
      const need = ids.filter((id) => !known.has(id));
      if (!need.length) return;
      const got = await source.details(need);
      store.set({ details: new Map([...store.get().details, ...got]) });
    },

    async ensureStats(ids) {
      const known = store.get().stats;
      const need = ids.filter((id) => !known.has(id));
      if (!need.length) return;
      const summaries = store.get().summaries;
      const byId = new Map(summaries.map((s) => [s.id, s]));
      // Last year's work report of each region, as the comparison picks it (the first saved).
      const previousId = (id: number) => {
        const s = byId.get(id);
        if (!s || s.kind !== 'gwr' || !s.region || s.report_year === null) return null;
        let best: number | null = null;
        for (const p of summaries)
          if (
            p.kind === 'gwr' &&
            p.region === s.region &&
            p.report_year === s.report_year - 1 &&
            (best === null || p.id < best)
          )
            best = p.id;
        return best;
      };
      const previous = new Map(need.map((id) => [id, previousId(id)]));
      const extra = [...new Set([...previous.values()].filter((x): x is number => x !== null && !need.includes(x)))];
      const loaded = new Map((await source.load([...need, ...extra])).map((r) => [r.id, r.extraction]));
      const stats = new Map(store.get().stats);
      for (const id of need) {
        const e = loaded.get(id);
        const p = previous.get(id);
        if (e) stats.set(id, rowStats(e, p == null ? null : (loaded.get(p) ?? null)));
      }
      store.set({ stats });
    },
  };

  return api;
}
