// The browser-test harness: the built extension in a real browser, Chromium or Firefox, behind one interface,
// so that one test body checks both. Shared by the browser tests, `npm start` and the browser benchmark.
//
// Which browser: BROWSER=chromium (the default) or BROWSER=firefox, after `npm run build` (which makes
// .output/chrome-mv3 and .output/firefox-mv3):
//   node --test test/browser/hostile.test.mjs                  one file in Chromium
//   BROWSER=firefox node --test test/browser/hostile.test.mjs  the same in Firefox
//   npm run test:browser / npm run test:firefox                every file (run.mjs and *.test.mjs) in one browser
// `npm test` runs every file in both, so a new *.test.mjs here must pass in both.
//
// const ext = await launch()             the browser with the extension, in a fresh profile
//   ext.browser                          'chromium' | 'firefox'
//   ext.newPage()                        a new tab (a page, below)
//   ext.url(path) / ext.popupUrl(tabId)  an extension page's address (chrome-extension:// or moz-extension://)
//   ext.evaluate(fn, arg)                runs fn(arg) where the extension's APIs are: `chrome.*` and
//                                        `globalThis.gwrLens` (the background's test hooks: count, command;
//                                        in Firefox their results come back as JSON copies)
//   ext.waitForPage()                    the next tab the extension opens (start waiting before the click)
//   ext.problems()                       errors and warnings the browser reported from the extension's scripts
//   ext.dir                              the copy of the build the browser runs
//   ext.close()                          closes the browser and removes the profile (twice is harmless)
//   ext.context.newPage(), ext.context.waitForEvent('page')   the same, in Playwright's words
// Helpers: servePages(), openPopup(ext, tabId), tabIdOf(ext, url), badgeOf(ext, tabId), waitForBadge(ext, tabId),
// recordCount(ext), saveByCommand(ext, tabId), sw(ext) (has .evaluate, as ext.evaluate). The popup is opened
// as a tab (popup.html?tabId=N): no driver can click the toolbar button.
//
// Pages are Playwright's in Chromium. In Firefox they offer this part of Playwright's Page API, with
// Playwright's meanings (firefox-page.mjs); a test that keeps to it runs in both browsers:
//   goto(url), reload(), url(), close(), evaluate(fn, arg), waitForFunction(fn, arg, {timeout}),
//   waitForSelector(css, {state, timeout}), waitForTimeout(ms), setViewportSize({width, height}),
//   screenshot({path, fullPage}), on('dialog', d => d.dismiss()), getByRole('button', {name}),
//   locator(css, {hasText}) and on a locator: locator, first, last, nth, count, innerText, textContent,
//   getAttribute, boundingBox, isVisible, scrollIntoViewIfNeeded, waitFor, click, fill.
// CSS selectors only (`:has()` works in both; Playwright's text= and xpath= do not reach Firefox). `await` what
// Playwright returns at once: url() is a promise in Firefox.
// Chromium only: ext.context (the whole Playwright context), ext.worker, ext.extensionId, ext.background().
// Firefox only: ext.puppeteer (the puppeteer Browser), ext.log() (Firefox's stderr), ext.toolbarArea().
//
// Browser tests run on a busy machine: poll for a condition with a generous timeout, never assert a duration.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { CHROMIUM, launchChromium } from './chromium.mjs';
import { FIREFOX, launchFirefox } from './firefox.mjs';

export { CHROMIUM, FIREFOX };
export const ROOT = resolve(import.meta.dirname, '../..');
export const PAGES = join(ROOT, 'test/fixtures/pages');
/** Corpus texts: any path ending in `/corpus/<name>.html` serves `<name>.txt` from here as a plain article page. */
export const CORPUS = join(ROOT, 'test/fixtures/corpus/reports');
export const BROWSER = process.env.BROWSER || 'chromium';
const BUILDS = { chromium: 'chrome-mv3', firefox: 'firefox-mv3' };
if (!BUILDS[BROWSER]) throw new Error(`BROWSER=${BROWSER}: chromium or firefox`);
/** The build the chosen browser runs. */
export const EXTENSION = join(ROOT, '.output', BUILDS[BROWSER]);

/**
 * Any path ending in `<name>.html` serves the demo page `<name>.html`, whatever the host or folders, so the
 * same report can be opened at a "mirror" address (another host, another path).
 */
export async function servePages() {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const text = /\/corpus\/([\w-]+)\.html$/.exec(path);
    if (text && existsSync(join(CORPUS, `${text[1]}.txt`))) {
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(articlePage(await readFile(join(CORPUS, `${text[1]}.txt`), 'utf8')));
      return;
    }
    const name = basename(path);
    const file = join(PAGES, name);
    if (!name.endsWith('.html') || !existsSync(file)) {
      res
        .writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!doctype html><title>404</title><h1>页面不存在</h1>');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(await readFile(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const port = server.address().port;
  return {
    port,
    url: (host, path) => `http://${host}:${port}${path}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A corpus text as a bare article page: its first line the title, each line a paragraph. */
function articlePage(text) {
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  const title = escapeHtml(lines[0]?.trim() ?? '');
  const body = lines.map((l) => `<p>${escapeHtml(l.trim())}</p>`).join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>\n${body}</article></body></html>`;
}

export async function launch({ headless = true } = {}) {
  if (!existsSync(join(EXTENSION, 'manifest.json')))
    throw new Error(`no built extension at ${EXTENSION}: run \`npm run build\` first`);
  const ext = await (BROWSER === 'firefox' ? launchFirefox : launchChromium)({ build: EXTENSION, headless });
  let closing = null;
  const close = ext.close;
  ext.close = () => (closing ??= close());
  return ext;
}

/** Where extension-side code runs: Chromium's current service worker, Firefox's probe page. */
export function sw(ext) {
  return ext.background?.() ?? { evaluate: ext.evaluate };
}

/** The tab showing `url`; without host permission its URL is hidden, so then the active tab (just opened). */
export async function tabIdOf(ext, url) {
  return ext.evaluate(async (u) => {
    const byUrl = (await chrome.tabs.query({})).find((t) => t.url === u);
    return byUrl?.id ?? (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null;
  }, url);
}

export async function badgeOf(ext, tabId) {
  return ext.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/**
 * Polls until the badge is non-empty or `timeout` ms have passed since the call; returns the text and the
 * time it took since `since` (the navigation's start, for the latency metric).
 */
export async function waitForBadge(ext, tabId, { timeout = 30000, since = Date.now() } = {}) {
  const start = Date.now();
  for (;;) {
    const text = await badgeOf(ext, tabId);
    if (text || Date.now() - start > timeout) return { text, ms: Date.now() - since };
    await new Promise((ok) => setTimeout(ok, 10));
  }
}

export async function recordCount(ext) {
  return ext.evaluate(() => globalThis.gwrLens.count());
}

/** The path the keyboard command (and the context menu) take in the background. */
export async function saveByCommand(ext, tabId) {
  return ext.evaluate((id) => globalThis.gwrLens.command('save-report', { id }), tabId);
}

/** Opens the popup for a tab (as its own page) and waits until it has read the page. */
export async function openPopup(ext, tabId) {
  const popup = await ext.newPage();
  await popup.setViewportSize({ width: 440, height: 600 });
  await popup.goto(ext.popupUrl(tabId));
  await popup.waitForSelector('.save-bar, .notice, .error', { timeout: 30000 });
  return popup;
}

/** The UI language the extension's pages use ('zh_CN' or 'en'; components/i18n.ts `languageSetting`). */
export async function setLanguage(ext, lang) {
  await ext.evaluate((l) => chrome.storage.local.set({ uiLanguage: l }), lang);
}
