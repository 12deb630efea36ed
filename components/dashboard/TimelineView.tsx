// The timeline tab: pick a region, see each indicator's targets and results over the years.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { useDashboard } from './context';
import { useStore } from './store';
import { TimelineChart } from './TimelineChart';
import { TimelineTable } from './TimelineTable';

const SHOWN = 12; // charts drawn at first; the rest on request

export function TimelineView() {
  const { library, views } = useDashboard();
  useStore(library.store, (s) => s.summaries); // re-render when the library changes
  const timeline = useStore(views.store, (s) => s.timeline);
  const regions = library.facets().regions;
  const [all, setAll] = useState(false);
  useEffect(() => {
    if (!timeline.key && regions.length) void views.showTimeline(regions[0]);
  }, [regions.length]);
  if (!regions.length) return <p class="gl-empty">{t('dashNoReports')}</p>;
  const series = timeline.value ?? [];
  // One year axis for the whole region: every chart from its first to its last year.
  const yearsOf = series.flatMap((s) => s.points.map((p) => p.year));
  const span: [number, number] = yearsOf.length ? [Math.min(...yearsOf), Math.max(...yearsOf)] : [0, 0];
  return (
    <div class="gl-timeline">
      <label>
        {t('fieldRegion')}{' '}
        <select
          value={timeline.key ?? ''}
          onChange={(e) => {
            setAll(false);
            void views.showTimeline((e.target as HTMLSelectElement).value);
          }}
        >
          {regions.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <p class="gl-note">{t('dashTimelineLegendVerdict')}</p>
      {timeline.status === 'loading' && <p>{t('loading')}</p>}
      {timeline.status === 'error' && <p class="gl-error">{timeline.error}</p>}
      {timeline.status === 'ready' && !series.length && <p class="gl-empty">{t('dashNoTimeline')}</p>}
      <div class="gl-charts">
        {(all ? series : series.slice(0, SHOWN)).map((s) => (
          <div key={s.key} class="gl-chart-card">
            <TimelineChart series={s} years={span} />
            <details>
              <summary>{t('dashNumbers')}</summary>
              <TimelineTable series={s} />
            </details>
          </div>
        ))}
      </div>
      {!all && series.length > SHOWN && (
        <button type="button" onClick={() => setAll(true)}>
          {t('dashShowAll', series.length)}
        </button>
      )}
    </div>
  );
}
