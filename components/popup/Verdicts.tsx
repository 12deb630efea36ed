// The answer first: one line per comparison the library allows, right under the save bar. Last year's
// targets met / close / missed, this year's targets raised / lowered, where the region stands among the
// saved peers, a saved notice's slow tasks. Each line scrolls to its section of the comparison below.
import type { Comparison } from '../../core/compare';
import type { Kind } from '../../core/types';
import { t, type MessageKey } from '../i18n';
import type { ComparisonLoad } from './store';

// The comparison's section ids (components/compare/ComparisonView.tsx SECTION_ID); not imported, so that the
// comparison's code stays out of the popup's first bundle.
const SECTION = { outcomes: 'cmp-outcomes', changes: 'cmp-changes', peers: 'cmp-peers', tasks: 'cmp-tasks' };

interface Part {
  key: MessageKey;
  n: number;
  tone: string;
}

function Line({ to, label, parts }: { to: keyof typeof SECTION; label: string; parts: Part[] }) {
  const shown = parts.filter((p) => p.n > 0);
  return (
    <li data-verdict={to}>
      <a
        href={`#${SECTION[to]}`}
        onClick={(ev) => {
          ev.preventDefault();
          document.getElementById(SECTION[to])?.scrollIntoView({ block: 'start' });
        }}
      >
        <span class="verdict-label">{label}</span>
        {shown.map((p, i) => (
          <span key={p.key} class={`verdict-part tone-${p.tone}`}>
            {i > 0 && ' · '}
            {t(p.key, p.n)}
          </span>
        ))}
        {shown.length === 0 && <span class="verdict-part tone-none">{t('verdictNone')}</span>}
      </a>
    </li>
  );
}

const count = <T,>(xs: T[], test: (x: T) => boolean) => xs.filter(test).length;

/** Targets above the median (below it for ceilings) count as more ambitious than the saved peers'. */
function standing(c: Comparison) {
  let more = 0,
    less = 0,
    mid = 0;
  for (const g of c.peer_groups) {
    const d = g.ceiling ? g.median - g.value : g.value - g.median;
    if (d > 0) more++;
    else if (d < 0) less++;
    else mid++;
  }
  return { more, less, mid, regions: new Set(c.peers.map((p) => p.region)).size };
}

export function Verdicts({ comparison, kind }: { comparison: ComparisonLoad; kind: Kind }) {
  if (comparison.status === 'loading')
    return (
      <p class="verdicts muted" data-verdicts="loading">
        {t('verdictLoading')}
      </p>
    );
  if (comparison.status !== 'done' || !comparison.value) return null;
  const c = comparison.value;
  const peers = standing(c);
  const slow = count(c.tasks, (x) => x.slow);
  const lines = [
    c.previous && c.outcomes.length > 0 && (
      <Line
        to="outcomes"
        label={t('verdictOutcomes', c.previous.report_year ?? '?')}
        parts={[
          { key: 'verdictMet', n: count(c.outcomes, (o) => o.status === 'met'), tone: 'met' },
          { key: 'verdictClose', n: count(c.outcomes, (o) => o.status === 'close'), tone: 'close' },
          { key: 'verdictMissed', n: count(c.outcomes, (o) => o.status === 'missed'), tone: 'missed' },
          { key: 'verdictUnknown', n: count(c.outcomes, (o) => o.status === 'unknown'), tone: 'unknown' },
        ]}
      />
    ),
    c.previous && c.changes.length > 0 && (
      <Line
        to="changes"
        label={t('verdictChanges')}
        parts={[
          { key: 'verdictUp', n: count(c.changes, (x) => x.change === 'up'), tone: 'up' },
          { key: 'verdictDown', n: count(c.changes, (x) => x.change === 'down'), tone: 'down' },
          { key: 'verdictSame', n: count(c.changes, (x) => x.change === 'same'), tone: 'same' },
        ]}
      />
    ),
    c.peer_groups.length > 0 && (
      <Line
        to="peers"
        label={t(peers.regions === 1 ? 'verdictPeers_one' : 'verdictPeers', peers.regions)}
        parts={[
          { key: 'verdictAmbitious', n: peers.more, tone: 'up' },
          { key: 'verdictCautious', n: peers.less, tone: 'down' },
          { key: 'verdictMedian', n: peers.mid, tone: 'same' },
        ]}
      />
    ),
    // A notice's own popup lists its slow tasks above: the line is for the report the notice tracks.
    kind === 'gwr' && c.tasks.length > 0 && (
      <Line
        to="tasks"
        label={t('verdictTasks', c.tasks.length)}
        parts={[{ key: 'verdictSlow', n: slow, tone: 'missed' }]}
      />
    ),
  ].filter(Boolean);
  if (!lines.length) return null;
  return (
    <ul class="verdicts" data-verdicts="done">
      {lines}
    </ul>
  );
}
