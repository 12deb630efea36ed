// Reads a tab's page with the injected extractor (Readability and core live there, not in the content
// script). Results are kept briefly per tab, so opening the popup and then saving reads the page once.
import { browser } from 'wxt/browser';
import type { PageCapture } from '../../storage/record';

export class NoAccessError extends Error {}

const TTL_MS = 60_000;
const cache = new Map<number, { at: number; capture: PageCapture }>();

export function forgetTab(tabId: number): void {
  cache.delete(tabId);
}

export async function readTab(tabId: number): Promise<PageCapture> {
  const hit = cache.get(tabId);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.capture;
  let results;
  try {
    results = await browser.scripting.executeScript({ target: { tabId }, files: ['/extractor.js'] });
  } catch (e) {
    // No host permission and no activeTab grant (or a page no extension may touch).
    throw new NoAccessError(e instanceof Error ? e.message : String(e));
  }
  const capture = results?.[0]?.result as PageCapture | undefined;
  if (!capture?.extraction) throw new Error('the extractor returned nothing');
  cache.set(tabId, { at: Date.now(), capture });
  return capture;
}
