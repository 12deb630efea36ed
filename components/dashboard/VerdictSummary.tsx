// "6 met · 1 close · 2 missed": counts of last year's targets by verdict, in words and symbols, not colour alone.
import { t } from '../i18n';

export interface Verdicts {
  met: number;
  close: number;
  missed: number;
  unknown: number;
}

const ORDER = [
  ['met', '✓'],
  ['close', '≈'],
  ['missed', '✗'],
  ['unknown', '?'],
] as const;

export function countVerdicts(outcomes: readonly { status: keyof Verdicts }[]): Verdicts {
  const v: Verdicts = { met: 0, close: 0, missed: 0, unknown: 0 };
  for (const o of outcomes) v[o.status]++;
  return v;
}

export function VerdictSummary({
  outcomes,
  verdicts,
  short = false,
}: {
  outcomes?: readonly { status: keyof Verdicts }[];
  verdicts?: Verdicts;
  short?: boolean;
}) {
  const v = verdicts ?? countVerdicts(outcomes ?? []);
  const shown = ORDER.filter(([k]) => v[k] > 0 && (!short || k !== 'unknown'));
  if (!shown.length) return <span class="gl-blank">—</span>;
  return (
    <span class="gl-verdicts">
      {shown.map(([k, icon]) => (
        <span key={k} class={`gl-v gl-v-${k}`} title={t(`xverdict_${k}`)}>
          {icon}
          {v[k]}
          {short ? '' : ` ${t(`xverdict_${k}`)}`}
        </span>
      ))}
    </span>
  );
}
