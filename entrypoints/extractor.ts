// Injected on demand (browser.scripting.executeScript) when the user saves or opens the popup: the heavy
// part (Readability, conversion, extraction) runs here, on a clone of the page, never in the content script.
// The script's value is what executeScript hands back to the background.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractPage } from '../core/shapes/page';
import type { PageCapture } from '../storage/record';

export default defineUnlistedScript((): PageCapture => {
  const page = extractPage(document, location.href);
  return { url: location.href, title: page.title, text: page.text, extraction: page.extraction };
});
