// The dashboard's stores, built once by the entrypoint and handed down by context.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { BackupStore } from './backup-store';
import type { LibraryStore } from './library-store';
import type { ViewsStore } from './views-store';

export interface Dashboard {
  library: LibraryStore;
  views: ViewsStore;
  backup: BackupStore;
}

export const DashboardContext = createContext<Dashboard | null>(null);

export function useDashboard(): Dashboard {
  const d = useContext(DashboardContext);
  if (!d) throw new Error('useDashboard outside <DashboardContext.Provider>');
  return d;
}
