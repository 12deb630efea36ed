// Storage failures the user can act on, with messages that say what happened and that nothing was lost: the
// browser's (no space, an upgrade waiting, a failed write) and a page the library does not take (no text, or
// more text than a report).
// IndexedDB reports them under several names and wrappings (Dexie wraps the browser's error, an aborted
// transaction carries the cause inside); `toStorageError` finds the cause wherever it is.

export type StorageErrorCode = 'quota' | 'blocked' | 'write_failed' | 'empty_page' | 'page_too_large';

const MESSAGES: Record<StorageErrorCode, string> = {
  quota:
    'The browser has no storage left for the library, so nothing was written. ' +
    'Reports saved before are unchanged. Free disk space or delete reports you no longer need, then try again.',
  blocked:
    'The library is being upgraded and waits for another gwr-lens page still open with the older version. ' +
    'Close the other gwr-lens tabs or popups; the library opens as soon as they are closed.',
  write_failed: 'The library could not be written, so nothing was changed.',
  empty_page: 'This page has no text to save (it may still be loading), so nothing was saved.',
  page_too_large: 'This page holds more text than any report, so it was not saved. Save the report from its own page.',
};

export class StorageError extends Error {
  readonly code: StorageErrorCode;
  readonly cause?: unknown;

  constructor(code: StorageErrorCode, cause?: unknown) {
    const detail = code === 'write_failed' && cause ? ` (${describe(cause)})` : '';
    super(MESSAGES[code] + detail);
    this.name = 'StorageError';
    this.code = code;
    this.cause = cause;
  }
}

function describe(e: unknown): string {
  return e instanceof Error || (typeof e === 'object' && e !== null && 'message' in e)
    ? String((e as Error).message)
    : String(e);
}

const QUOTA = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED', 'NS_ERROR_FILE_NO_DEVICE_SPACE']);

/** Whether the browser refused a write for lack of space, looking through Dexie's wrappers. */
export function isQuotaError(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== 'object' || depth > 4) return false;
  const x = e as { name?: string; inner?: unknown; cause?: unknown; failures?: unknown[] };
  if (x.name && QUOTA.has(x.name)) return true;
  return [x.inner, x.cause, ...(Array.isArray(x.failures) ? x.failures : [])].some((c) => isQuotaError(c, depth + 1));
}

/** The error a storage write rejects with. */
export function toStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  return new StorageError(isQuotaError(e) ? 'quota' : 'write_failed', e);
}

const CODES: readonly StorageErrorCode[] = ['quota', 'blocked', 'write_failed', 'empty_page', 'page_too_large'];

/**
 * The code of a storage error, also of one that crossed a message from the background (storage/messages.ts
 * sends the code along; only an error's fields survive the trip, not its class).
 */
export function storageErrorCode(e: unknown): StorageErrorCode | null {
  const code = e && typeof e === 'object' ? (e as { code?: unknown }).code : undefined;
  return CODES.includes(code as StorageErrorCode) ? (code as StorageErrorCode) : null;
}

/** The locale keys (public/_locales) of what the user reads for each code. */
export const STORAGE_ERROR_KEYS = {
  quota: 'storageErrQuota',
  blocked: 'storageErrBlocked',
  write_failed: 'storageErrWrite',
  empty_page: 'storageErrEmptyPage',
  page_too_large: 'storageErrPageTooLarge',
} as const satisfies Record<StorageErrorCode, string>;

export type StorageErrorKey = (typeof STORAGE_ERROR_KEYS)[StorageErrorCode];

/**
 * What a page shows for a failure: the localised message for a storage error (`translate` is the page's
 * `t`), the error's own message for anything else.
 */
export function describeFailure(e: unknown, translate: (key: StorageErrorKey) => string): string {
  const code = storageErrorCode(e);
  if (code) return translate(STORAGE_ERROR_KEYS[code]);
  return e instanceof Error ? e.message : String(e);
}
