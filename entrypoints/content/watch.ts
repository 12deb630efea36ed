// Many portals render the article with script after the page has loaded (an empty shell, then the text
// from a data request), so the first look at document_idle can miss a report. For a few seconds after an
// 'other' verdict, a change to the page schedules one more look; a few looks at most, and none once the
// page is found to be a report. Throttled, not debounced: a carousel that never stops changing must not
// postpone the look forever.
export const WATCH_MS = 10_000;
export const THROTTLE_MS = 500;
export const MAX_LOOKS = 4;

/** Calls `look` after page changes until it returns true (found), MAX_LOOKS calls, or WATCH_MS pass. */
export function watchForArticle(doc: Document, look: () => Promise<boolean>): void {
  const root = doc.body ?? doc.documentElement;
  if (!root) return;
  let looks = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const stop = () => {
    done = true;
    observer.disconnect();
    if (pending !== undefined) clearTimeout(pending);
  };
  const observer = new MutationObserver(() => {
    if (done || pending !== undefined) return;
    const again = async () => {
      pending = undefined;
      looks++;
      const found = await look();
      if (found || looks >= MAX_LOOKS) stop();
    };
    pending = setTimeout(() => void again(), THROTTLE_MS);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  setTimeout(stop, WATCH_MS);
}
