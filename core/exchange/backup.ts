// The library's JSON backup: a versioned envelope around the saved records, and the checks an import
// runs before anything touches the database. Pure: parsing and validation only; storage/backup.ts writes.
import type { Extraction, Kind } from '../types';
import { BadField, checkRecord } from './backup-shape';
import { addressKey } from '../shapes/address';

export const BACKUP_FORMAT = 'gwr-lens-backup';
export const BACKUP_VERSION = 1;

/** The user's overrides, as storage keeps them (storage/record.ts `Corrections`). */
export interface BackupCorrections {
  region?: string | null;
  report_year?: number | null;
  kind?: Kind;
  items?: Record<string, { value: number | null }>;
}

/** One saved report as written to a backup. Database ids and index keys are left out: they are local. */
export interface BackupRecord {
  url: string;
  urls: string[];
  title: string;
  text: string;
  contentHash: string;
  savedAt: number;
  updatedAt: number;
  extraction: Extraction;
  corrections: BackupCorrections;
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  exported_at: string; // ISO time
  count: number; // written so that a file cut at a record boundary is still caught
  reports: BackupRecord[];
}

export type BackupErrorCode =
  'empty' | 'truncated' | 'invalid_json' | 'wrong_format' | 'wrong_version' | 'bad_record' | 'count_mismatch';

export interface BackupError {
  code: BackupErrorCode;
  message: string; // English, for logs and tests; the page shows a localised message from the code
  record?: number; // index of the offending record
  field?: string; // its path within the record
}

export type ParseResult = { ok: true; backup: BackupFile } | { ok: false; error: BackupError };

export function makeBackup(records: BackupRecord[], now: Date): BackupFile {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exported_at: now.toISOString(),
    count: records.length,
    reports: records,
  };
}

export function serializeBackup(backup: BackupFile): string {
  return JSON.stringify(backup);
}

/**
 * Whether JSON text stops in the middle: an open string or unclosed brackets at the end.
 * One linear pass; this is what tells a cut-off download from a file that was never JSON.
 */
export function looksTruncated(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return inString || depth > 0;
}

const fail = (code: BackupErrorCode, message: string, record?: number, field?: string): ParseResult => ({
  ok: false,
  error: { code, message, ...(record === undefined ? {} : { record }), ...(field === undefined ? {} : { field }) },
});

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Parses and validates a whole backup. Nothing is returned unless every record is well formed; the records
 * returned are rebuilt from their known fields (core/exchange/backup-shape.ts), so ids, index keys and any
 * other field the file carries never reach the library.
 */
export function parseBackup(text: string): ParseResult {
  if (!text.trim()) return fail('empty', 'The file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return looksTruncated(text)
      ? fail('truncated', `The file ends before its data does (${why}).`)
      : fail('invalid_json', `The file is not valid JSON (${why}).`);
  }
  if (!isObject(data) || data.format !== BACKUP_FORMAT) return fail('wrong_format', `Not a ${BACKUP_FORMAT} file.`);
  if (data.version !== BACKUP_VERSION) {
    return fail(
      'wrong_version',
      `Backup version ${String(data.version)} is not supported (expected ${BACKUP_VERSION}).`,
    );
  }
  if (!Array.isArray(data.reports)) return fail('wrong_format', 'The file has no list of reports.');
  const reports: BackupRecord[] = [];
  for (let i = 0; i < data.reports.length; i++) {
    try {
      const r = checkRecord(data.reports[i]);
      reports.push({ ...r, contentHash: r.contentHash ?? '' });
    } catch (e) {
      if (!(e instanceof BadField)) throw e;
      const field = e.path || 'record';
      return fail('bad_record', `Report ${i + 1}: ${field} is missing or malformed (${e.message}).`, i, field);
    }
  }
  if (data.count !== data.reports.length) {
    return fail('count_mismatch', `The file says ${String(data.count)} reports but holds ${data.reports.length}.`);
  }
  const exported_at = typeof data.exported_at === 'string' ? data.exported_at : '';
  return {
    ok: true,
    backup: { format: BACKUP_FORMAT, version: BACKUP_VERSION, exported_at, count: reports.length, reports },
  };
}

// ---- merging: an import adds what is new and folds duplicates into what the library has ----

/**
 * The keys by which two records are the same report, as the library decides on save
 * (storage/library.ts findRow): any shared address (its key: core/shapes/address.ts), the same content, or the same
 * region + year + kind (a mirror on another site). Corrections win over extraction.
 */
export function identityKeys(r: BackupRecord): string[] {
  const keys = [...new Set([r.url, ...r.urls].map(addressKey))].map((a) => 'url:' + a);
  if (r.contentHash) keys.push('hash:' + r.contentHash);
  const report = reportKey(r.extraction, r.corrections);
  if (report) keys.push(report);
  return keys;
}

/**
 * The same-report key: region, year and kind with corrections applied, and for a progress notice its period
 * (a county publishes several a year: H1, Q3, the year's end), as storage/library.ts's sameReport decides.
 */
function reportKey(e: Extraction, c: BackupCorrections): string | null {
  const region = 'region' in c ? (c.region ?? null) : e.region;
  const year = 'report_year' in c ? (c.report_year ?? null) : e.report_year;
  const kind = c.kind ?? e.kind;
  if (kind === 'other' || !region || year === null) return null;
  return `report:${region}|${year}|${kind}${kind === 'progress' ? `|${e.period ?? ''}` : ''}`;
}

type Stamped<T> = { value: T; at: number };

/**
 * Copies of one report folded together, in time and memory linear in what they hold: the newest content
 * (by `updatedAt`; on a tie the one met first, the library's before the file's), every address in the order
 * met, one of each variant (the first copy's address stays first), the earliest save, the latest update, and each correction from
 * the newest copy that states it.
 */
export class ReportMerge {
  private newest: BackupRecord;
  private readonly url: string;
  private readonly urls = new Map<string, string>(); // address key -> the address as first met
  private savedAt: number;
  private readonly fields = new Map<'region' | 'report_year' | 'kind', Stamped<unknown>>();
  private readonly items = new Map<string, Stamped<{ value: number | null }>>();

  constructor(first: BackupRecord) {
    this.newest = first;
    this.url = first.url;
    this.urls.set(addressKey(first.url), first.url);
    this.savedAt = first.savedAt;
    this.add(first);
  }

  add(r: BackupRecord): this {
    if (r.updatedAt > this.newest.updatedAt) this.newest = r;
    for (const u of r.urls) if (!this.urls.has(addressKey(u))) this.urls.set(addressKey(u), u);
    this.savedAt = Math.min(this.savedAt, r.savedAt);
    const c = r.corrections;
    for (const key of ['region', 'report_year', 'kind'] as const) {
      if (key in c) keep(this.fields, key, c[key], r.updatedAt);
    }
    for (const [key, value] of Object.entries(c.items ?? {})) keep(this.items, key, value, r.updatedAt);
    return this;
  }

  /** The folded copy's region + year + kind key (identityKeys), without building the copy. */
  reportKey(): string | null {
    return reportKey(this.newest.extraction, this.corrections(false));
  }

  private corrections(withItems = true): BackupCorrections {
    const corrections: BackupCorrections = {};
    for (const [key, { value }] of this.fields) Object.assign(corrections, { [key]: value });
    if (withItems && this.items.size)
      corrections.items = Object.fromEntries([...this.items].map(([k, { value }]) => [k, value]));
    return corrections;
  }

  result(): BackupRecord {
    const corrections = this.corrections();
    return {
      ...this.newest,
      url: this.url,
      urls: [...this.urls.values()],
      savedAt: this.savedAt,
      updatedAt: this.newest.updatedAt,
      corrections,
    };
  }
}

function keep<K, T>(map: Map<K, Stamped<T>>, key: K, value: T, at: number): void {
  const had = map.get(key);
  if (!had || at > had.at) map.set(key, { value, at });
}

export interface ImportPlan {
  adds: BackupRecord[]; // new to the library (duplicates within the file already folded together)
  merges: Map<number, BackupRecord[]>; // existing id -> incoming copies of it, in file order
}

/**
 * Sorts incoming records into new ones and copies of existing ids, in one pass: each record costs its own
 * keys, however many copies of one report the file holds. `existing` maps identity keys to ids.
 */
export function planImport(incoming: readonly BackupRecord[], existing: ReadonlyMap<string, number>): ImportPlan {
  const merges = new Map<number, BackupRecord[]>();
  const groups: ReportMerge[] = [];
  const pending = new Map<string, number>(); // identity key -> index in groups
  for (const r of incoming) {
    const keys = identityKeys(r);
    const id = keys.map((k) => existing.get(k)).find((x) => x !== undefined);
    if (id !== undefined) {
      const copies = merges.get(id);
      if (copies) copies.push(r);
      else merges.set(id, [r]);
      continue;
    }
    let slot = keys.map((k) => pending.get(k)).find((x) => x !== undefined);
    if (slot === undefined) groups.push(new ReportMerge(r));
    else groups[slot].add(r);
    slot ??= groups.length - 1;
    for (const k of keys) if (!pending.has(k)) pending.set(k, slot);
    // The folded copy may be known by a key none of its parts had alone (a newer correction of its region).
    const report = groups[slot].reportKey();
    if (report && !pending.has(report)) pending.set(report, slot);
  }
  return { adds: groups.map((g) => g.result()), merges };
}
