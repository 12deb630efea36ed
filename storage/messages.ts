// The one message map between the content script, the background and the extension pages.
// Every message is declared here with its payload and reply; senders and the background's handlers are
// typed from it, so nobody dispatches on a bare string. Type-only imports (and ./errors, which imports
// nothing): the content script bundles this file and must not pull in Dexie or core.
import { browser, type Browser } from 'wxt/browser';
import type { Comparison } from '../core/compare';
import type { Detection, Extraction, PageSignals } from '../core/types';
import type { CorrectionPatch, SaveResult, SavedReport } from './record';
import type { MatchVia, SavedState } from './library';
import { storageErrorCode, type StorageErrorCode } from './errors';

/** A saved record as the popup needs it (no page text). */
export interface SavedSummary {
  id: number;
  title: string;
  url: string;
  urls: string[];
  savedAt: number;
  corrections: SavedReport['corrections'];
}

/** What the popup shows for a tab. */
export type TabState =
  | {
      status: 'ready';
      url: string;
      title: string;
      /** The page's extraction; for a page that is saved, the saved one with the user's corrections applied. */
      extraction: Extraction;
      /** How the page is known to the library: this record (url/content), or another site's copy (same-report). */
      match: { via: MatchVia; report: SavedSummary } | null;
      /**
       * Saved? The badge's answer too (storage/library.ts savedState): 'here' at this address or a variant of
       * it (a share's tracking parameter, www., another port), 'elsewhere' from another address (a mirror with
       * the same text, another site's copy of the same report), null not saved.
       */
      saved: SavedState;
    }
  | { status: 'no-access'; url: string | null } // the user can grant access (activeTab click, or the optional permission)
  | { status: 'error'; url: string | null; message: string };

export interface MessageMap {
  /** content script -> background, on every gov.cn page: cheap signals for the badge. */
  pageSignals: { payload: PageSignals; reply: Detection };
  /** popup -> background: read the tab (extractor injected) and look it up in the library. */
  inspectTab: { payload: { tabId: number }; reply: TabState };
  /** popup -> background: save the tab's page (also used by the keyboard command and the context menu). */
  saveTab: {
    /** `corrections`: what the user corrected before saving, applied to the saved record in order. */
    payload: { tabId: number; corrections?: CorrectionPatch[] };
    reply: { result: SaveResult; state: TabState };
  };
  /** popup -> background: correct a field of a saved report. */
  correctReport: { payload: { id: number; patch: CorrectionPatch; tabId: number }; reply: TabState };
  /** popup -> background: the tab's report against the saved library (corrections applied); null for a page that is no report. */
  getComparison: { payload: { tabId: number }; reply: Comparison | null };
}

export type MessageType = keyof MessageMap;

/**
 * Who may send each message. A content script runs in a web page's renderer: if one gov.cn site's renderer
 * is compromised, its content script may send anything, so it may only tell the background about its own
 * tab's page. Everything that reads or changes the library, or names another tab, comes from the
 * extension's own pages only (the popup, the dashboard), never from a content script or another extension.
 */
export const SENDERS: { readonly [K in MessageType]: 'content-script' | 'extension-page' } = {
  pageSignals: 'content-script',
  inspectTab: 'extension-page',
  saveTab: 'extension-page',
  correctReport: 'extension-page',
  getComparison: 'extension-page',
};

/** The extension itself, as the background knows it: its id and the origin of its pages. */
export interface Self {
  id: string;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/` (runtime.getURL('/')). */
  root: string;
}

/**
 * Why a message may not be served from this sender, or null when it may. A content script's message must
 * come from the top frame of a tab (its own page); an extension page's from a document of this extension.
 */
export function senderProblem(type: MessageType, sender: Browser.runtime.MessageSender, self: Self): string | null {
  if (sender.id !== self.id) return 'another extension';
  const fromPage = !!sender.url && sender.url.startsWith(self.root);
  if (SENDERS[type] === 'extension-page') return fromPage ? null : 'not an extension page';
  if (fromPage) return 'not a content script';
  if (sender.tab?.id === undefined || !sender.url) return 'no tab';
  return sender.frameId ? 'not the top frame' : null;
}
export type Payload<K extends MessageType> = MessageMap[K]['payload'];
export type ReplyOf<K extends MessageType> = MessageMap[K]['reply'];

interface Envelope<K extends MessageType = MessageType> {
  gwrLens: K;
  payload: Payload<K>;
}
/** A failure's message, and for a storage failure its code, so that the page can say it in the user's language. */
type Reply<T> = { ok: true; value: T } | { ok: false; error: string; code?: StorageErrorCode };

export type Handlers = {
  [K in MessageType]: (payload: Payload<K>, sender: Browser.runtime.MessageSender) => Promise<ReplyOf<K>> | ReplyOf<K>;
};

export async function sendMessage<K extends MessageType>(type: K, payload: Payload<K>): Promise<ReplyOf<K>> {
  const envelope: Envelope<K> = { gwrLens: type, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<ReplyOf<K>> | undefined;
  if (!reply) throw new Error(`no reply to ${type}`);
  if (!reply.ok)
    throw reply.code
      ? Object.assign(new Error(reply.error), { name: 'StorageError', code: reply.code })
      : new Error(reply.error);
  return reply.value;
}

function isEnvelope(message: unknown, handlers: Handlers): message is Envelope {
  return typeof message === 'object' && message !== null && Object.hasOwn(handlers, (message as Envelope).gwrLens);
}

/**
 * Serves the message map (the background calls this once). A message from a sender that may not send it
 * (`senderProblem`) is refused without running anything. Errors travel back as `{ok: false}` and are
 * rethrown by `sendMessage`. Chrome answers through `sendResponse` (return true keeps the channel open);
 * where no callback is passed the promise itself is the answer.
 */
export function serveMessages(
  handlers: Handlers,
  self: Self = { id: browser.runtime.id, root: browser.runtime.getURL('/') },
): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse?: (r: unknown) => void) => {
    if (!isEnvelope(message, handlers)) return false;
    const handler = handlers[message.gwrLens] as (p: unknown, s: Browser.runtime.MessageSender) => unknown;
    const refused = senderProblem(message.gwrLens, sender, self);
    const done: Promise<Reply<unknown>> = Promise.resolve()
      .then(() => {
        if (refused) throw new Error(`${message.gwrLens} refused: ${refused}`);
        return handler(message.payload, sender);
      })
      .then(
        (value) => ({ ok: true, value }) as const,
        (e: unknown): Reply<unknown> => {
          const code = storageErrorCode(e);
          return { ok: false, error: e instanceof Error ? e.message : String(e), ...(code ? { code } : {}) };
        },
      );
    if (typeof sendResponse === 'function') {
      void done.then(sendResponse);
      return true;
    }
    return done;
  };
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  return () =>
    browser.runtime.onMessage.removeListener(
      listener as Parameters<typeof browser.runtime.onMessage.removeListener>[0],
    );
}
