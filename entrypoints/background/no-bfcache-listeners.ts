// Must be imported before anything that imports Dexie (first line of index.ts).
//
// Dexie listens for pagehide/pageshow on any global that has addEventListener, to close and reopen its
// connections around the back/forward cache. A background page is never put in that cache, so the
// listeners can never act here; but Firefox (an MV3 event page, like an MV2 page, is a window) fires
// pagehide while it tears the page down at shutdown, after it has asked the extension process to abort
// any script still to run (dom.abort_script_on_child_shutdown). Dexie's listener was that script, and
// every browser close logged "Script terminated by timeout" from it. So while the background's modules
// load (synchronously, in one task), these two registrations are dropped; then addEventListener is
// given back untouched. Chromium's service worker never fires either event.
const add = globalThis.addEventListener as ((...args: unknown[]) => void) | undefined;
if (typeof add === 'function') {
  const unwanted = new Set(['pagehide', 'pageshow']);
  Object.assign(globalThis, {
    addEventListener(this: unknown, type: string, ...rest: unknown[]) {
      if (!unwanted.has(type)) add.call(this, type, ...rest);
    },
  });
  queueMicrotask(() => Object.assign(globalThis, { addEventListener: add }));
}
