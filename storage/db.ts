// The Dexie database. Only the background and extension pages open it: a content script's IndexedDB
// belongs to the web page's origin, so content scripts ask the background through messages instead.
import { Dexie, type EntityTable } from 'dexie';
import { defineSchema } from './schema';
import type { SavedReport } from './record';

export const DB_NAME = 'gwr-lens';

export class LibraryDB extends Dexie {
  reports!: EntityTable<SavedReport, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    defineSchema(this);
  }
}
