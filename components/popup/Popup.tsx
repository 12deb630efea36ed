// The popup for one tab: whether it is in the library, the answer the library gives (the verdict lines),
// then what the page is and says, then the comparison in full.
import { useMemo } from 'preact/hooks';
import type { PopupStore } from './store';
import { correctedTab, usePopup } from './store';
import { t } from '../i18n';
import { AccessNotice } from './AccessNotice';
import { SaveBar } from './SaveBar';
import { Verdicts } from './Verdicts';
import { ReportSummary } from './ReportSummary';
import { ItemsTable } from './ItemsTable';
import { ProgressOverview } from './ProgressOverview';
import { ComparisonSlot } from './ComparisonSlot';
import { LanguageSelect } from '../LanguageSelect';

export function Popup({ store }: { store: PopupStore }) {
  const state = usePopup(store);
  const { actions } = store;
  const read = state.tab;
  // One object per change: the comparison slot asks again whenever the tab it is given changes.
  const { tab, corrections } = useMemo(
    () => (read?.status === 'ready' ? correctedTab(read, state.pending) : { tab: read, corrections: {} }),
    [read, state.pending],
  );
  const savedId = tab?.status === 'ready' && tab.match ? tab.match.report.id : null;
  const correct = actions.correct.bind(actions);
  return (
    <main class="popup">
      <header class="popup-head">
        <h1>{t('extName')}</h1>
        <button
          type="button"
          class="link"
          data-action="dashboard"
          onClick={() => actions.openDashboard({ report: savedId })}
        >
          {t('openDashboard')}
        </button>
        <LanguageSelect />
      </header>
      {!tab && <p class="muted">{t('loading')}</p>}
      {tab?.status === 'no-access' && <AccessNotice onGrant={() => void actions.grantAllSites()} />}
      {tab?.status === 'error' && <p class="error">{t('unsupported', tab.message)}</p>}
      {tab?.status === 'ready' && (
        <>
          <SaveBar
            tab={tab}
            saving={state.saving}
            lastSave={state.lastSave}
            error={state.error}
            onSave={() => void actions.save()}
          />
          <Verdicts comparison={state.comparison} kind={tab.extraction.kind} />
          <ReportSummary tab={tab} corrections={corrections} onCorrect={(p) => void correct(p)} />
          {tab.extraction.kind === 'progress' && (
            <ProgressOverview
              rows={tab.extraction.rows}
              onOpenAll={() => actions.openDashboard({ report: savedId, view: 'progress' })}
            />
          )}
          {tab.extraction.kind === 'gwr' && (
            <>
              <ItemsTable
                title={t('targets')}
                list="targets"
                tab={tab}
                corrections={corrections}
                onCorrect={(p) => void correct(p)}
              />
              <ItemsTable
                title={t('actuals')}
                list="actuals"
                tab={tab}
                corrections={corrections}
                onCorrect={(p) => void correct(p)}
              />
              {tab.extraction.tasks.length > 0 && <p class="muted">{t('tasks', tab.extraction.tasks.length)}</p>}
            </>
          )}
          <ComparisonSlot
            tab={tab}
            comparison={state.comparison}
            onLoad={() => void actions.compare()}
            onOpenAll={() => actions.openDashboard({ report: savedId, view: 'progress' })}
          />
        </>
      )}
    </main>
  );
}
