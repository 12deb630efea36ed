// The popup for one tab: what the page is, what it says, and whether it is in the library.
import type { PopupStore } from './store';
import { usePopup } from './store';
import { t } from '../i18n';
import { AccessNotice } from './AccessNotice';
import { SaveBar } from './SaveBar';
import { ReportSummary } from './ReportSummary';
import { ItemsTable } from './ItemsTable';
import { ProgressRows } from './ProgressRows';
import { ComparisonSlot } from './ComparisonSlot';
import { LanguageSelect } from '../LanguageSelect';

export function Popup({ store }: { store: PopupStore }) {
  const state = usePopup(store);
  const { actions } = store;
  const tab = state.tab;
  return (
    <main class="popup">
      <header class="popup-head">
        <h1>{t('extName')}</h1>
        <button type="button" class="link" data-action="dashboard" onClick={() => actions.openDashboard()}>
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
          <ReportSummary tab={tab} onCorrect={(p) => void actions.correct(p)} />
          {tab.extraction.kind === 'gwr' && (
            <>
              <ItemsTable title={t('targets')} list="targets" tab={tab} onCorrect={(p) => void actions.correct(p)} />
              <ItemsTable title={t('actuals')} list="actuals" tab={tab} onCorrect={(p) => void actions.correct(p)} />
              {tab.extraction.tasks.length > 0 && <p class="muted">{t('tasks', tab.extraction.tasks.length)}</p>}
            </>
          )}
          {tab.extraction.kind === 'progress' && <ProgressRows rows={tab.extraction.rows} />}
          <ComparisonSlot tab={tab} comparison={state.comparison} onLoad={() => void actions.compare()} />
        </>
      )}
    </main>
  );
}
