// State of the views that read whole reports: a region's timeline, a year's matrix, one report's
// comparison, a progress notice's tasks. Each loads only the records it needs, when it is opened,
// and computes its model once per choice.
import { compareReport, type Comparison } from '../../core/compare';
import { comparisonNeeds, neededIds } from '../../core/compare/library';
import type { Extraction } from '../../core/types';
import { createStore, type Store } from './store';
import { matrixOf, reportYearFor, type Matrix, type MatrixMode } from './matrix-model';
import { timelineOf, type TimelineSeries } from './timeline-model';
import type { LibrarySource, LoadedReport, ReportSummary } from './source';

/** A view's model as it loads: which choice it is for, and the result or the error. */
export interface Loadable<K, T> {
  key: K | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  value: T | null;
  error: string | null;
}

const idle = <K, T>(): Loadable<K, T> => ({ key: null, status: 'idle', value: null, error: null });

export interface ReportView {
  report: LoadedReport;
  comparison: Comparison;
}

export interface ViewsState {
  timeline: Loadable<string, TimelineSeries[]>;
  matrix: Loadable<string, Matrix>;
  report: Loadable<number, ReportView>;
}

export interface ViewsStore {
  store: Store<ViewsState>;
  showTimeline(region: string): Promise<void>;
  showMatrix(year: number, mode: MatrixMode): Promise<void>;
  showReport(id: number): Promise<void>;
  closeReport(): void;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
const withText = (r: LoadedReport): Extraction & { text?: string } => ({ ...r.extraction, text: r.text });

/** `summaries` gives the library list as it is now: the ids of a region or year come from it, not from a scan. */
export function createViewsStore(source: LibrarySource, summaries: () => readonly ReportSummary[]): ViewsStore {
  const store = createStore<ViewsState>({ timeline: idle(), matrix: idle(), report: idle() });

  /** Loads and computes one view; a later choice made while loading wins over an earlier one. */
  async function run<F extends keyof ViewsState>(
    field: F,
    key: NonNullable<ViewsState[F]['key']>,
    compute: () => Promise<ViewsState[F]['value']>,
  ) {
    if (store.get()[field].key === key && store.get()[field].status !== 'error') return;
    store.set({ [field]: { key, status: 'loading', value: null, error: null } } as Partial<ViewsState>);
    const current = () => store.get()[field].key === key;
    try {
      const value = await compute();
      if (current()) store.set({ [field]: { key, status: 'ready', value, error: null } } as Partial<ViewsState>);
    } catch (e) {
      if (current())
        store.set({ [field]: { key, status: 'error', value: null, error: message(e) } } as Partial<ViewsState>);
    }
  }

  const ids = (pick: (s: ReportSummary) => boolean) =>
    summaries()
      .filter(pick)
      .map((s) => s.id);

  return {
    store,
    showTimeline: (region) =>
      run('timeline', region, async () => {
        const reports = await source.load(ids((s) => s.region === region && s.kind === 'gwr'));
        return timelineOf(reports.map((r) => r.extraction));
      }),

    showMatrix: (year, mode) =>
      run('matrix', `${year}:${mode}`, async () => {
        const y = reportYearFor(year, mode);
        const reports = await source.load(ids((s) => s.report_year === y && s.kind === 'gwr'));
        return matrixOf(
          reports.map((r) => r.extraction),
          year,
          mode,
        );
      }),

    showReport: (id) =>
      run('report', id, async () => {
        const [report] = await source.load([id], true);
        if (!report) throw new Error(`report ${id} is no longer in the library`);
        // What the comparison can use (core/compare/library.ts), picked from the list as the popup's path
        // picks it from the indexes.
        const needs = comparisonNeeds(report.extraction);
        const library = await source.load(neededIds(needs, summaries(), id), needs.text);
        return { report, comparison: compareReport(withText(report), library.map(withText)) };
      }),

    closeReport: () => store.set({ report: idle() }),
  };
}
