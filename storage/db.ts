// The Dexie database. Only the background and extension pages open it: a content script's IndexedDB
// belongs to the web page's origin, so content scripts ask the background through messages instead.
import { Dexie, type EntityTable } from 'dexie';
import { defineSchema } from './schema';
import { StorageError } from './errors';
import type { ListSummary, ReportText, StoredReport, TargetsRow } from './record';

export const DB_NAME = 'gwr-lens';

export interface LibraryDBOptions {
  /**
   * Called when opening waits on another connection that holds an older version open (an extension
   * page left over from before an update). The open goes on once that connection closes.
   */
  onBlocked?: (error: StorageError) => void;
}

export class LibraryDB extends Dexie {
  reports!: EntityTable<StoredReport, 'id'>;
  texts!: EntityTable<ReportText, 'id'>;
  summaries!: EntityTable<ListSummary, 'id'>;
  targets!: EntityTable<TargetsRow, 'id'>;

  constructor(name = DB_NAME, options: LibraryDBOptions = {}) {
    super(name);
    defineSchema(this);
    // A newer version opening elsewhere (an update, another page) must not wait for this connection:
    // close it (Dexie's default handler does the same, and reopens on the next query with the new schema).
    this.on('versionchange', () => {
      this.close({ disableAutoOpen: false });
    });
    this.on('blocked', () => {
      options.onBlocked?.(new StorageError('blocked'));
    });
  }
}
