// Kind, confidence, region and year, each correctable once the page is saved.
import type { Kind } from '../../core/types';
import type { TabState } from '../../storage/messages';
import type { CorrectionPatch } from '../../storage/record';
import { t, type MessageKey } from '../i18n';
import { CorrectableField } from './CorrectableField';

type Ready = Extract<TabState, { status: 'ready' }>;
const KINDS: Kind[] = ['gwr', 'progress', 'other'];
const kindLabel = (k: Kind) => t(`kind_${k}` as MessageKey);

export function ReportSummary({ tab, onCorrect }: { tab: Ready; onCorrect: (p: CorrectionPatch) => void }) {
  const e = tab.extraction;
  const saved = tab.match !== null && tab.match.via !== 'same-report';
  const fixed = (saved && tab.match?.report.corrections) || {};
  return (
    <section class="summary">
      <p class="page-title">{tab.title}</p>
      <dl>
        <CorrectableField
          name="kind"
          label={t('fieldKind')}
          shown={`${kindLabel(e.kind)}（${t('confidence', Math.round(e.confidence * 100))}）`}
          value={e.kind}
          options={KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
          editable={saved}
          corrected={'kind' in fixed}
          onSave={(v) => onCorrect({ kind: v as Kind })}
        />
        <CorrectableField
          name="region"
          label={t('fieldRegion')}
          shown={e.region ?? t('unknown')}
          value={e.region ?? ''}
          editable={saved}
          corrected={'region' in fixed}
          onSave={(v) => onCorrect({ region: v })}
        />
        <CorrectableField
          name="report_year"
          label={t('fieldYear')}
          shown={e.report_year === null ? t('unknown') : String(e.report_year)}
          value={e.report_year === null ? '' : String(e.report_year)}
          inputMode="numeric"
          editable={saved}
          corrected={'report_year' in fixed}
          onSave={(v) => onCorrect({ report_year: /^\d{4}$/.test(v.trim()) ? Number(v.trim()) : null })}
        />
      </dl>
      {!saved && <p class="muted hint">{t('saveToCorrect')}</p>}
    </section>
  );
}
