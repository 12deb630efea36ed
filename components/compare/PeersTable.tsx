// This year's targets beside other saved regions', as a picture: per indicator a sorted bar list with every
// region named, this region highlighted, the level marked (省/市/县) and the rank worded with its direction
// (for a ceiling such as 失业率 or CPI the lowest is the tightest, so it ranks first from below).
import type { Peer, PeerGroup } from '../../core/compare';
import type { Level } from '../../core/types';
import { currentLanguage, t, type MessageKey } from '../i18n';
import { formatAmount, formatDelta, formatNumber, ordinal } from './format';
import { Sourced } from './Sourced';

export interface PeersTableProps {
  groups: PeerGroup[];
  peers: Peer[];
}

interface Bar {
  region: string;
  level: Level | null;
  value: number;
  value_max: number | null;
  qualifier: string | null;
  text?: string;
  mine?: boolean;
  parent?: boolean;
}

const LEVEL_KEY: Record<Level, MessageKey> = {
  national: 'cmpLevelNational',
  province: 'cmpLevelProvince',
  prefecture: 'cmpLevelPrefecture',
  county: 'cmpLevelCounty',
};

/** 第 2 低 / 11 (ceilings) or 第 3 高 / 11: the rank read in the direction that makes a target stricter. */
export function rankWords(g: PeerGroup, values: number[]): string {
  const rank = g.ceiling ? 1 + values.filter((v) => v < g.value).length : g.rank;
  const key = g.ceiling ? 'cmpRankLow' : 'cmpRankHigh';
  return t(key, currentLanguage() === 'en' ? ordinal(rank) : rank, g.count);
}

function barsOf(g: PeerGroup, mine: Peer[]): Bar[] {
  const bars: Bar[] = [
    {
      region: g.region ?? t('cmpThisRegion'),
      level: g.level ?? null,
      value: g.value,
      value_max: g.value_max,
      qualifier: null,
      text: g.text,
      mine: true,
    },
    ...mine.map((p) => ({ ...p })),
  ];
  // The strictest first: the highest target, or the lowest ceiling.
  bars.sort((a, b) => (g.ceiling ? a.value - b.value : b.value - a.value) || (a.mine ? -1 : b.mine ? 1 : 0));
  if (g.parent) bars.push({ ...g.parent, level: 'province', parent: true });
  return bars;
}

function PeerBars({ group: g, peers }: { group: PeerGroup; peers: Peer[] }) {
  const bars = barsOf(g, peers);
  const values = bars.map((b) => b.value);
  // Bars start at zero so that lengths compare; a fall (-3%) draws to the left of it.
  const lo = Math.min(0, ...values),
    hi = Math.max(0, ...values);
  const span = hi - lo || 1;
  const pct = (x: number) => `${((x - lo) / span) * 100}%`;
  return (
    <figure class="gl-peer" data-indicator={g.indicator}>
      <figcaption>
        <strong>{g.label}</strong>{' '}
        <span class="gl-rank" data-rank={g.ceiling ? 'low' : 'high'}>
          {rankWords(
            g,
            peers.map((p) => p.value),
          )}
        </span>{' '}
        <span class="gl-muted">
          {t('cmpMedianIs', formatNumber(g.median, g.unit))}
          {g.parent && ` · ${t('cmpAboveParent', g.parent.region, formatDelta(g.amplification, g.unit))}`}
        </span>
      </figcaption>
      <ol class="gl-bars">
        {bars.map((b, i) => {
          const from = Math.min(0, b.value),
            to = Math.max(0, b.value);
          return (
            <li
              key={i}
              class={b.mine ? 'gl-bar gl-mine' : b.parent ? 'gl-bar gl-parent' : 'gl-bar'}
              data-region={b.region}
            >
              <span class="gl-bar-name">
                {b.region}
                {b.level && <small class="gl-level">{t(LEVEL_KEY[b.level])}</small>}
              </span>
              <span class="gl-bar-track" aria-hidden="true">
                <span class="gl-bar-fill" style={{ left: pct(from), width: `calc(${pct(to)} - ${pct(from)})` }} />
              </span>
              <span class="gl-bar-value">
                <Sourced compact text={b.text}>
                  {formatAmount({ ...b, unit: g.unit })}
                </Sourced>
              </span>
            </li>
          );
        })}
      </ol>
    </figure>
  );
}

export function PeersTable({ groups, peers }: PeersTableProps) {
  if (!groups.length) return <p class="gl-empty">{t('cmpNoPeers')}</p>;
  return (
    <div class="gl-peers-view">
      <p class="gl-note">{t('cmpPeersCaption')}</p>
      {groups.map((g, i) => (
        <PeerBars
          key={i}
          group={g}
          peers={peers.filter((p) => p.indicator === g.indicator && p.measure === g.measure)}
        />
      ))}
    </div>
  );
}
