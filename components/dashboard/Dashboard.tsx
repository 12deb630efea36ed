// The dashboard page: five tabs over one library.
import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../i18n';
import { BackupPanel } from './BackupPanel';
import { LibraryView } from './LibraryView';
import { MatrixView } from './MatrixView';
import { ProgressView } from './ProgressView';
import { TimelineView } from './TimelineView';
import { LanguageSelect } from '../LanguageSelect';
import './dashboard.css';

const TABS: { id: string; key: MessageKey; view: () => preact.JSX.Element }[] = [
  { id: 'library', key: 'dashTabLibrary', view: LibraryView },
  { id: 'timeline', key: 'dashTabTimeline', view: TimelineView },
  { id: 'matrix', key: 'dashTabMatrix', view: MatrixView },
  { id: 'progress', key: 'dashTabProgress', view: ProgressView },
  { id: 'backup', key: 'dashTabBackup', view: BackupPanel },
];

export function Dashboard() {
  const [tab, setTab] = useState(TABS[0].id);
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
