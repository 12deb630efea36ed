// What the page is: its title, then kind, region and year on one line, each correctable once the page is
// saved. Confidence is said only when it is low: a sure answer needs no percentage beside it.
import type { Kind } from '../../core/types';
import type { TabState } from '../../storage/messages';
import type { CorrectionPatch, Corrections } from '../../storage/record';
import { t, type MessageKey } from '../i18n';
import { CorrectableField } from './CorrectableField';

type Ready = Extract<TabState, { status: 'ready' }>;
const KINDS: Kind[] = ['gwr', 'progress', 'other'];
const kindLabel = (k: Kind) => t(`kind_${k}` as MessageKey);
/** Below this the reading is flagged for the user to check (core/read/detect.ts gives 0.5 to 0.99). */
export const LOW_CONFIDENCE = 0.7;

interface Props {
  tab: Ready;
  /** The corrections shown: the saved record's, or those to apply on saving. */
  corrections: Corrections;
  onCorrect: (p: CorrectionPatch) => void;
}

export function ReportSummary({ tab, corrections: fixed, onCorrect }: Props) {
  const e = tab.extraction;
  const saved = tab.match !== null && tab.match.via !== 'same-report';
  const low = e.confidence < LOW_CONFIDENCE && !('kind' in fixed);
  return (
    <section class="summary">
      <p class="page-title">{tab.title}</p>
      <dl class="fields">
        <CorrectableField
          name="kind"
          label={t('fieldKind')}
          shown={kindLabel(e.kind)}
          value={e.kind}
          options={KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
          corrected={'kind' in fixed}
          onSave={(v) => onCorrect({ kind: v as Kind })}
          onRestore={() => onCorrect({ restore: { fields: ['kind'] } })}
        />
        {e.kind !== 'other' && (
          <>
            <CorrectableField
              name="region"
              label={t('fieldRegion')}
              shown={e.region ?? t('unknown')}
              value={e.region ?? ''}
              corrected={'region' in fixed}
              onSave={(v) => onCorrect({ region: v })}
              onRestore={() => onCorrect({ restore: { fields: ['region'] } })}
            />
            <CorrectableField
              name="report_year"
              label={t('fieldYear')}
              shown={e.report_year === null ? t('unknown') : String(e.report_year)}
              value={e.report_year === null ? '' : String(e.report_year)}
              inputMode="numeric"
              corrected={'report_year' in fixed}
              onSave={(v) => onCorrect({ report_year: /^\d{4}$/.test(v.trim()) ? Number(v.trim()) : null })}
              onRestore={() => onCorrect({ restore: { fields: ['report_year'] } })}
            />
          </>
        )}
      </dl>
      {low && (
        <p class="notice" data-notice="low-confidence">
          {t('lowConfidence')}
        </p>
      )}
      {!saved && Object.keys(fixed).length > 0 && (
        <p class="muted hint" data-notice="pending">
          {t('saveToCorrect')}
        </p>
      )}
    </section>
  );
}
