// What one record of a backup may hold: every field's type and range. A record is rebuilt from these fields
// alone (unknown fields are dropped; nothing of the parsed file is kept by reference), so what reaches the
// library has exactly the shape the code reads: a number where a number is read, a string where `.trim()`
// is called. The shapes are typed against core/types.ts: a field added there fails to compile here until it
// is checked. Pure and linear in the record's size.
import type { Extraction, Item, Kind, Level, LimitNote, Measure, ProgressRow, TaskTarget } from '../types';
import { LIMITS, type LimitName } from '../read/limits';
import { RULES, type RuleName } from '../read/rules';

/** A field that is missing or malformed: its path in the record, and what it should be. */
export class BadField extends Error {
  constructor(
    readonly path: string,
    readonly expected: string,
  ) {
    super(`${path} should be ${expected}`);
  }
}

type Check<T> = (v: unknown, path: string) => T;

// ---- limits: generous for real reports, small enough that a hostile file cannot blow up a view ----

/** Characters of a page's text: the longest real reports with their tables are a few hundred thousand. */
export const MAX_TEXT = 16_000_000;
/** Characters of a title, an address, a label or a sentence-sized field. */
const MAX_SHORT = 8_192;
/** Addresses one record is known by (its mirrors). */
const MAX_URLS = 1_000;
/** Items in one list of an extraction; corrections of one record. */
const MAX_ITEMS = 200_000;
/** Save times: from 1970 to the end of JavaScript's dates (8.64e15 ms). */
const MAX_TIME = 8.64e15;
/** Years: four digits (extraction reads 1900s years off odd pages; they must survive a round trip). */
const YEARS = [1000, 9999] as const;

// ---- the checks ----

const fail = (path: string, expected: string): never => {
  throw new BadField(path, expected);
};

const str =
  (max = MAX_SHORT): Check<string> =>
  (v, p) =>
    typeof v === 'string' && v.length <= max ? v : fail(p, `text of at most ${max} characters`);

const num: Check<number> = (v, p) => (typeof v === 'number' && Number.isFinite(v) ? v : fail(p, 'a finite number'));

const int =
  (min: number, max: number): Check<number> =>
  (v, p) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max
      ? (v as number)
      : fail(p, `an integer from ${min} to ${max}`);

const ratio: Check<number> = (v, p) =>
  typeof v === 'number' && v >= 0 && v <= 1 ? v : fail(p, 'a number from 0 to 1');

const bool: Check<boolean> = (v, p) => (typeof v === 'boolean' ? v : fail(p, 'true or false'));

const oneOf =
  <T extends string>(...values: T[]): Check<T> =>
  (v, p) =>
    values.includes(v as T) ? (v as T) : fail(p, `one of ${values.join(', ')}`);

const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (v, p) =>
    v === null ? null : check(v, p);

const list =
  <T>(check: Check<T>, max = MAX_ITEMS): Check<T[]> =>
  (v, p) => {
    if (!Array.isArray(v) || v.length > max) return fail(p, `a list of at most ${max}`);
    return v.map((x, i) => check(x, `${p}[${i}]`));
  };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Marks a field that may be left out; when it is present, it must pass `check` (which may allow null). */
interface Optional<T> {
  optional: Check<T>;
}
const optional = <T>(check: Check<T>): Optional<T> => ({ optional: check });

type Fields<T> = { [K in keyof T]-?: undefined extends T[K] ? Optional<Exclude<T[K], undefined>> : Check<T[K]> };

/** An object with exactly these fields, checked, copied into a new object; any other field is dropped. */
const shape =
  <T>(fields: Fields<T>): Check<T> =>
  (v, p) => {
    if (!isObject(v)) return fail(p, 'an object');
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(fields) as [string, Check<unknown> | Optional<unknown>][]) {
      const path = p ? `${p}.${key}` : key;
      if (typeof check === 'function') out[key] = check(v[key], path);
      else if (Object.hasOwn(v, key)) out[key] = check.optional(v[key], path);
    }
    return out as T;
  };

// ---- a saved report ----

const year = nullable(int(...YEARS));
const KINDS: Kind[] = ['gwr', 'progress', 'other'];
const kind = oneOf(...KINDS);
const level = nullable(oneOf<Level>('national', 'province', 'prefecture', 'county'));
const offset = int(0, MAX_TEXT);

const item = shape<Item>({
  indicator: str(),
  label: str(),
  measure: oneOf<Measure>('growth', 'level', 'rate', 'qualitative'),
  value: nullable(num),
  value_max: nullable(num),
  unit: nullable(str()),
  qualifier: nullable(str()),
  text: str(MAX_TEXT),
  start: offset,
  end: offset,
  relative_to: optional(str()),
  estimated: optional(bool),
  rule: optional(oneOf(...(Object.keys(RULES) as RuleName[]))),
});

const task = shape<TaskTarget>({
  section: str(),
  label: str(),
  value: num,
  value_max: nullable(num),
  unit: nullable(str()),
  qualifier: nullable(str()),
  text: str(MAX_TEXT),
  start: offset,
  end: offset,
  sentence: str(MAX_TEXT),
  sentence_start: optional(offset),
  sentence_end: optional(offset),
});

const row = shape<ProgressRow>({
  no: num,
  task: str(MAX_TEXT),
  lead: list(str(), MAX_URLS),
  partners: list(str(), MAX_URLS),
  progress: str(MAX_TEXT),
  status: str(),
});

const limitNote = shape<LimitNote>({
  limit: oneOf(...(Object.keys(LIMITS) as LimitName[])),
  max: int(0, Number.MAX_SAFE_INTEGER),
  at: offset,
});

const extraction = shape<Extraction>({
  kind,
  confidence: ratio,
  reasons: list(str(), MAX_URLS),
  title: nullable(str()),
  url: nullable(str()),
  region: nullable(str()),
  level,
  province: nullable(str()),
  report_year: year,
  review_year: year,
  meeting_date: nullable(str(32)),
  speaker: nullable(str()),
  period: nullable(str(32)),
  targets: list(item),
  actuals: list(item),
  tasks: list(task),
  rows: list(row),
  text_length: offset,
  limits: optional(list(limitNote, 100)),
});

/** The user's corrections of one record; item keys are `targets:…` or `actuals:…` (storage/corrections.ts). */
export interface CheckedCorrections {
  region?: string | null;
  report_year?: number | null;
  kind?: Kind;
  items?: Record<string, { value: number | null }>;
}

const correctionItems: Check<Record<string, { value: number | null }>> = (v, p) => {
  if (!isObject(v)) return fail(p, 'an object');
  const keys = Object.keys(v);
  if (keys.length > MAX_ITEMS) return fail(p, `at most ${MAX_ITEMS} corrections`);
  const out: Record<string, { value: number | null }> = {};
  for (const key of keys) {
    if (!/^(?:targets|actuals):/.test(key) || key.length > MAX_SHORT) return fail(`${p}.${key}`, 'a correction key');
    out[key] = shape<{ value: number | null }>({ value: nullable(num) })(v[key], `${p}.${key}`);
  }
  return out;
};

const corrections = shape<CheckedCorrections>({
  region: optional(nullable(str())),
  report_year: optional(year),
  kind: optional(kind),
  items: optional(correctionItems),
});

/** An absolute address (what a tab's URL is), of bounded length. */
const address: Check<string> = (v, p) => {
  const s = str()(v, p);
  return URL.canParse(s) ? s : fail(p, 'an absolute address');
};

export interface CheckedRecord {
  url: string;
  urls: string[];
  title: string;
  text: string;
  contentHash?: string;
  savedAt: number;
  updatedAt: number;
  extraction: Extraction;
  corrections: CheckedCorrections;
}

const savedRecord = shape<CheckedRecord>({
  url: address,
  urls: (v, p) => {
    const urls = list(address, MAX_URLS)(v, p);
    return urls.length ? urls : fail(p, 'a list of at least one address');
  },
  title: str(),
  text: str(MAX_TEXT),
  contentHash: optional(str(128)), // recomputed from the text on import: the file's is never trusted
  savedAt: int(0, MAX_TIME),
  updatedAt: int(0, MAX_TIME),
  extraction,
  corrections,
});

/** The record rebuilt from its known fields, every one checked; throws BadField for the first bad one. */
export function checkRecord(v: unknown): CheckedRecord {
  const r = savedRecord(v, '');
  // Every item's span lies inside the text it was read from.
  for (const list of ['targets', 'actuals', 'tasks'] as const) {
    r.extraction[list].forEach((x, i) => {
      if (x.start > x.end) fail(`extraction.${list}[${i}].start`, 'at most its end');
    });
  }
  return r;
}
