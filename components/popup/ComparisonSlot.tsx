// The tab's report against the saved library: last year's targets met or missed, this year's targets
// against last year's, other regions' targets, a progress notice's tasks. The slot asks for the
// comparison whenever the tab's state changes (read, saved, corrected) and shows it when there is
// something to compare; the numbers are computed in the background (core/compare), not here.
import { useEffect } from 'preact/hooks';
import type { Comparison } from '../../core/compare';
import type { TabState } from '../../storage/messages';
import { ComparisonView } from '../compare';
import { t } from '../i18n';
import type { ComparisonLoad } from './store';
import './comparison.css';

type Ready = Extract<TabState, { status: 'ready' }>;

interface Props {
  tab: Ready;
  comparison: ComparisonLoad;
  onLoad: () => void;
}

/** Something saved to compare with: an earlier report, other regions, or the report a notice's tasks link to. */
export const hasComparison = (c: Comparison) => !!c.previous || c.peer_groups.length > 0 || (c.tasks.length > 0 && c.source !== null);

export function ComparisonSlot({ tab, comparison, onLoad }: Props) {
  const report = tab.extraction.kind !== 'other';
  useEffect(() => {
    if (report) onLoad();
  }, [tab]);
  if (!report) return null;
  return (
    <section class="compare-slot" data-slot="compare" data-state={comparison.status}>
      <h2>{t('compareHeading')}</h2>
      {(comparison.status === 'loading' || comparison.status === 'idle') && <p class="muted">{t('loading')}</p>}
      {comparison.status === 'failed' && <p class="error">{comparison.message}</p>}
      {comparison.status === 'done' &&
        (comparison.value && hasComparison(comparison.value) ? (
          <ComparisonView comparison={comparison.value} />
        ) : (
          <p class="muted" data-empty="compare">{t('compareNone')}</p>
        ))}
    </section>
  );
}
