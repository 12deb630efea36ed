// The dashboard page: five tabs over one library. The address holds the open tab and the selected report
// (?view=matrix&report=12): links from the popup open that report, a reload keeps the place.
import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../i18n';
import { BackupPanel } from './BackupPanel';
import { LibraryView } from './LibraryView';
import { MatrixView } from './MatrixView';
import { ProgressView } from './ProgressView';
import { TimelineView } from './TimelineView';
import { LanguageSelect } from '../LanguageSelect';
import { useDashboard } from './context';
import { useStore } from './store';
import { readUrlState, urlFor } from './url-state';
import './dashboard.css';

const TABS: { id: string; key: MessageKey; view: () => preact.JSX.Element }[] = [
  { id: 'library', key: 'dashTabLibrary', view: LibraryView },
  { id: 'timeline', key: 'dashTabTimeline', view: TimelineView },
  { id: 'matrix', key: 'dashTabMatrix', view: MatrixView },
  { id: 'progress', key: 'dashTabProgress', view: ProgressView },
  { id: 'backup', key: 'dashTabBackup', view: BackupPanel },
];

export function Dashboard() {
  const { library, views } = useDashboard();
  const [initial] = useState(() => readUrlState(location.search));
  const [tab, setTab] = useState(TABS.some((x) => x.id === initial.view) ? initial.view! : TABS[0].id);
  const ready = useStore(library.store, (s) => s.status === 'ready');
  const reportKey = useStore(views.store, (s) => s.report.key);
  // The report named in the address opens once the list is known (its comparison picks from it).
  useEffect(() => {
    if (ready && initial.report !== null && views.store.get().report.key === null)
      void views.showReport(initial.report);
  }, [ready]);
  useEffect(() => {
    const next = urlFor({ view: tab, report: reportKey });
    if (next !== location.search) history.replaceState(null, '', location.pathname + next);
  }, [tab, reportKey]);
  const View = TABS.find((x) => x.id === tab)!.view;
  return (
    <main class="gl-dashboard">
      <header class="gl-head">
        <h1>{t('extName')}</h1>
        <LanguageSelect />
      </header>
      <nav role="tablist" class="gl-tabs">
        {TABS.map((x) => (
          <button key={x.id} type="button" role="tab" aria-selected={x.id === tab} onClick={() => setTab(x.id)}>
            {t(x.key)}
          </button>
        ))}
      </nav>
      <div role="tabpanel">
        <View />
      </div>
    </main>
  );
}
