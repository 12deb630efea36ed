// The tab's report against the saved library: last year's targets met or missed, this year's targets
// against last year's, other regions' targets, a progress notice's tasks. The slot asks for the
// comparison whenever the tab's state changes (read, saved, corrected) and shows it when there is
// something to compare; the numbers are computed in the background (core/compare), not here.
// The view's code is loaded after the first paint: the popup shows the page's own report at once, and the
// comparison's answer takes longer than loading its code anyway.
import { useEffect, useState } from 'preact/hooks';
import type { Comparison } from '../../core/compare';
import type { TabState } from '../../storage/messages';
import { t } from '../i18n';
import type { ComparisonLoad } from './store';
import type * as ViewModules from '../compare';
import './comparison.css';

type Ready = Extract<TabState, { status: 'ready' }>;

interface Props {
  tab: Ready;
  comparison: ComparisonLoad;
  onLoad: () => void;
  /** Opens a notice's whole task list in the library. */
  onOpenAll?: () => void;
}

type ViewModule = typeof ViewModules;
let loaded: ViewModule | null = null;
/** The comparison components, imported once per page. */
export const loadComparisonView = (): Promise<ViewModule> => import('../compare').then((m) => (loaded = m));

function useComparisonView(): ViewModule | null {
  const [view, setView] = useState(loaded);
  useEffect(() => {
    if (!view) void loadComparisonView().then(setView);
  }, []);
  return view;
}

/** Something saved to compare with: an earlier report, other regions, or the report a notice's tasks link to. */
export const hasComparison = (c: Comparison) =>
  !!c.previous || c.peer_groups.length > 0 || (c.tasks.length > 0 && c.source !== null);

export function ComparisonSlot({ tab, comparison, onLoad, onOpenAll }: Props) {
  const report = tab.extraction.kind !== 'other';
  const view = useComparisonView();
  useEffect(() => {
    if (report) onLoad();
  }, [tab]);
  if (!report) return null;
  // "done" once there is something on screen: an answer to show waits for the view's code.
  const shown =
    comparison.status === 'done' && comparison.value && hasComparison(comparison.value) && !view
      ? 'loading'
      : comparison.status;
  return (
    <section class="compare-slot" data-slot="compare" data-state={shown}>
      <h2>{t('compareHeading')}</h2>
      {(comparison.status === 'loading' || comparison.status === 'idle') && <p class="muted">{t('loading')}</p>}
      {comparison.status === 'failed' && <p class="error">{comparison.message}</p>}
      {comparison.status === 'done' &&
        (comparison.value && hasComparison(comparison.value) ? (
          view ? (
            <view.ComparisonView
              comparison={comparison.value}
              // A notice's own slow tasks are listed above; a report's notice shows its slow tasks here.
              tasks={tab.extraction.kind === 'progress' ? 'none' : 'slow'}
              onOpenAll={onOpenAll}
            />
          ) : (
            <p class="muted">{t('loading')}</p>
          )
        ) : (
          <p class="muted" data-empty="compare">
            {t('compareNone')}
          </p>
        ))}
    </section>
  );
}
