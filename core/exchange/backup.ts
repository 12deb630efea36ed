// The library's JSON backup: a versioned envelope around the saved records, and the checks an import
// runs before anything touches the database. Pure: parsing and validation only; storage/backup.ts writes.
import type { Extraction, Kind } from '../types';

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

/** Parses and validates a whole backup. Nothing is returned unless every record is well formed. */
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
  for (let i = 0; i < data.reports.length; i++) {
    const bad = recordProblem(data.reports[i]);
    if (bad) return fail('bad_record', `Report ${i + 1}: ${bad} is missing or malformed.`, i, bad);
  }
  if (data.count !== data.reports.length) {
    return fail('count_mismatch', `The file says ${String(data.count)} reports but holds ${data.reports.length}.`);
  }
  return { ok: true, backup: data as unknown as BackupFile };
}

// ---- shape checks: each returns the path of the first bad field, or null ----

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const strOrNull = (v: unknown) => v === null || isStr(v);
const numOrNull = (v: unknown) => v === null || isNum(v);

const KINDS = new Set(['gwr', 'progress', 'other']);
const MEASURES = new Set(['growth', 'level', 'rate', 'qualitative']);

/** '' means the value itself is not an object. */
function firstBad(o: Obj, checks: Record<string, (v: unknown) => boolean>, prefix: string): string | null {
  for (const [key, ok] of Object.entries(checks)) if (!ok(o[key])) return prefix + key;
  return null;
}

function listProblem(v: unknown, each: (x: unknown) => string | null, path: string): string | null {
  if (!Array.isArray(v)) return path;
  for (let i = 0; i < v.length; i++) {
    const bad = each(v[i]);
    if (bad !== null) return `${path}[${i}]${bad && '.' + bad}`;
  }
  return null;
}

const itemProblem = (v: unknown) =>
  !isObject(v)
    ? ''
    : firstBad(
        v,
        {
          indicator: isStr,
          label: isStr,
          measure: (m) => MEASURES.has(m as string),
          value: numOrNull,
          value_max: numOrNull,
          unit: strOrNull,
          qualifier: strOrNull,
          text: isStr,
          start: isNum,
          end: isNum,
        },
        '',
      );

const taskProblem = (v: unknown) =>
  !isObject(v) ? '' : firstBad(v, { section: isStr, label: isStr, value: isNum, text: isStr, sentence: isStr }, '');

const rowProblem = (v: unknown) =>
  !isObject(v)
    ? ''
    : firstBad(
        v,
        {
          no: isNum,
          task: isStr,
          progress: isStr,
          status: isStr,
          lead: (l) => Array.isArray(l) && l.every(isStr),
          partners: (l) => Array.isArray(l) && l.every(isStr),
        },
        '',
      );

function extractionProblem(e: unknown): string | null {
  if (!isObject(e)) return 'extraction';
  return (
    firstBad(
      e,
      {
        kind: (k) => KINDS.has(k as string),
        region: strOrNull,
        report_year: numOrNull,
        review_year: numOrNull,
        text_length: isNum,
      },
      'extraction.',
    ) ??
    listProblem(e.targets, itemProblem, 'extraction.targets') ??
    listProblem(e.actuals, itemProblem, 'extraction.actuals') ??
    listProblem(e.tasks, taskProblem, 'extraction.tasks') ??
    listProblem(e.rows, rowProblem, 'extraction.rows')
  );
}

function correctionsProblem(c: unknown): string | null {
  if (!isObject(c)) return 'corrections';
  if ('region' in c && !strOrNull(c.region)) return 'corrections.region';
  if ('report_year' in c && !numOrNull(c.report_year)) return 'corrections.report_year';
  if ('kind' in c && !KINDS.has(c.kind as string)) return 'corrections.kind';
  if ('items' in c) {
    if (!isObject(c.items)) return 'corrections.items';
    for (const [k, v] of Object.entries(c.items))
      if (!isObject(v) || !numOrNull(v.value)) return `corrections.items.${k}`;
  }
  return null;
}

/** The first missing or malformed field of a record, or null when it is well formed. */
export function recordProblem(r: unknown): string | null {
  if (!isObject(r)) return 'record';
  return (
    firstBad(
      r,
      {
        url: isStr,
        urls: (u) => Array.isArray(u) && u.length > 0 && u.every(isStr),
        title: isStr,
        text: isStr,
        contentHash: isStr,
        savedAt: isNum,
        updatedAt: isNum,
      },
      '',
    ) ??
    extractionProblem(r.extraction) ??
    correctionsProblem(r.corrections)
  );
}

// ---- merging: an import adds what is new and folds duplicates into what the library has ----

/**
 * The keys by which two records are the same report, as the library decides on save
 * (storage/library.ts findMatch): any shared address, the same content, or the same
 * region + year + kind (a mirror on another site). Corrections win over extraction.
 */
export function identityKeys(r: BackupRecord): string[] {
  const keys = [...new Set([r.url, ...r.urls])].map((u) => 'url:' + u);
  if (r.contentHash) keys.push('hash:' + r.contentHash);
  const c = r.corrections;
  const region = 'region' in c ? (c.region ?? null) : r.extraction.region;
  const year = 'report_year' in c ? (c.report_year ?? null) : r.extraction.report_year;
  const kind = c.kind ?? r.extraction.kind;
  if (kind !== 'other' && region && year !== null) keys.push(`report:${region}|${year}|${kind}`);
  return keys;
}

/** Two copies of one report: the newer content, every address, the earliest save, both sets of corrections. */
export function mergeRecords(a: BackupRecord, b: BackupRecord): BackupRecord {
  const [older, newer] = b.updatedAt > a.updatedAt ? [a, b] : [b, a];
  const items = { ...older.corrections.items, ...newer.corrections.items };
  const corrections: BackupCorrections = { ...older.corrections, ...newer.corrections };
  if (Object.keys(items).length) corrections.items = items;
  return {
    ...newer,
    url: a.url, // the address the library first knew it by stays first
    urls: [...new Set([a.url, ...a.urls, ...b.urls])],
    savedAt: Math.min(a.savedAt, b.savedAt),
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
    corrections,
  };
}

export interface ImportPlan {
  adds: BackupRecord[]; // new to the library (duplicates within the file already folded together)
  merges: Map<number, BackupRecord[]>; // existing id -> incoming copies of it
}

/** Sorts incoming records into new ones and copies of existing ids. `existing` maps identity keys to ids. */
export function planImport(incoming: readonly BackupRecord[], existing: ReadonlyMap<string, number>): ImportPlan {
  const adds: BackupRecord[] = [];
  const merges = new Map<number, BackupRecord[]>();
  const pending = new Map<string, number>(); // identity key -> index in adds
  for (const r of incoming) {
    const keys = identityKeys(r);
    const id = keys.map((k) => existing.get(k)).find((x) => x !== undefined);
    if (id !== undefined) {
      merges.set(id, [...(merges.get(id) ?? []), r]);
      continue;
    }
    const slot = keys.map((k) => pending.get(k)).find((x) => x !== undefined);
    if (slot !== undefined) adds[slot] = mergeRecords(adds[slot], r);
    else adds.push(r);
    for (const k of identityKeys(adds[slot ?? adds.length - 1])) pending.set(k, slot ?? adds.length - 1);
  }
  return { adds, merges };
}
