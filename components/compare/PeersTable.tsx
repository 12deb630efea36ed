// This year's targets beside other saved regions' and the area above's.
import type { Peer, PeerGroup } from '../../core/compare';
import { t } from '../i18n';
import { formatAmount, formatDelta } from './format';
import { Sourced } from './Sourced';

export interface PeersTableProps {
  groups: PeerGroup[];
  peers: Peer[];
}

export function PeersTable({ groups, peers }: PeersTableProps) {
  if (!groups.length) return <p class="gl-empty">{t('cmpNoPeers')}</p>;
  return (
    <table class="gl-table">
      <caption>{t('cmpPeersCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colIndicator')}</th>
          <th scope="col">{t('cmpThisRegion')}</th>
          <th scope="col">{t('cmpRank')}</th>
          <th scope="col">{t('cmpMedian')}</th>
          <th scope="col">{t('cmpParent')}</th>
          <th scope="col">{t('cmpOthers')}</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((g, i) => {
          const mine = peers.filter((p) => p.indicator === g.indicator && p.measure === g.measure);
          return (
            <tr key={i}>
              <th scope="row">{g.label}</th>
              <td class="gl-num">
                <Sourced compact text={g.text}>
                  {formatAmount(g)}
                </Sourced>
              </td>
              <td class="gl-num">{t('cmpRankOf', g.rank, g.count)}</td>
              <td class="gl-num">{g.median}</td>
              <td class="gl-num">
                {g.parent ? (
                  <>
                    {g.parent.region}{' '}
                    <Sourced compact text={g.parent.text}>
                      {formatAmount(g.parent)}
                    </Sourced>{' '}
                    ({formatDelta(g.amplification)})
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td>
                {mine.length > 0 && (
                  <details>
                    <summary>{t('cmpPeerCount', mine.length)}</summary>
                    <ul class="gl-peers">
                      {mine.map((p, j) => (
                        <li key={j}>
                          {p.region}:{' '}
                          <Sourced compact text={p.text}>
                            {formatAmount(p)}
                          </Sourced>
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
