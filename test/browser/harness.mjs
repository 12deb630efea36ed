// Shared by the browser tests and `npm start`: serves the demo pages under gov.cn host names and opens
// Debian's Chromium with the built extension (Playwright drives it; no browser download involved).
import { createServer } from 'node:http';
import { readFile, mkdtemp, rm, cp } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION = join(ROOT, '.output/chrome-mv3');
export const PAGES = join(ROOT, 'test/fixtures/pages');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Any path ending in `<name>.html` serves the demo page `<name>.html`, whatever the host or folders, so the
 * same report can be opened at a "mirror" address (another host, another path).
 */
export async function servePages() {
  const server = createServer(async (req, res) => {
    const name = basename(new URL(req.url ?? '/', 'http://x').pathname);
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

export async function launch({ headless = true } = {}) {
  if (!existsSync(join(EXTENSION, 'manifest.json')))
    throw new Error(`no built extension at ${EXTENSION}: run \`npx wxt build\` first`);
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  const profile = await mkdtemp(join(tmpdir(), 'gwr-lens-profile-'));
  // A private copy of the build: a rebuild while the browser runs must not swap files under it.
  const extension = join(profile, 'extension');
  await cp(EXTENSION, extension, { recursive: true });
  const args = [
    `--load-extension=${extension}`,
    `--disable-extensions-except=${extension}`,
    '--host-resolver-rules=MAP *.gov.cn 127.0.0.1',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--lang=en-US',
  ];
  if (headless) args.push('--headless=new');
  const context = await chromium.launchPersistentContext(join(profile, 'user-data'), {
    executablePath: CHROMIUM,
    headless: false, // the flag above chooses Chromium's own (new) headless mode, which runs extensions
    args,
    // An English browser on purpose: the extension speaks Chinese by default whatever the browser's
    // language (components/i18n.ts), and the tests look for its Chinese labels.
    locale: 'en-US',
    env: { ...process.env, LANGUAGE: 'en_US', LANG: 'en_US.UTF-8' },
    viewport: { width: 1200, height: 800 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    dir: extension, // the copy the browser runs
    popupUrl: (tabId) => `chrome-extension://${extensionId}/popup.html?tabId=${tabId}`,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The service worker may be restarted by Chromium: always ask the context for the current one. */
export function sw(ext) {
  return ext.context.serviceWorkers()[0] ?? ext.worker;
}

/** The tab showing `url`; without host permission its URL is hidden, so then the active tab (just opened). */
export async function tabIdOf(ext, url) {
  return sw(ext).evaluate(async (u) => {
    const byUrl = (await chrome.tabs.query({})).find((t) => t.url === u);
    return byUrl?.id ?? (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null;
  }, url);
}

export async function badgeOf(ext, tabId) {
  return sw(ext).evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Polls until the badge is non-empty or the time is up; returns the text and the time it took. */
export async function waitForBadge(ext, tabId, { timeout = 5000, since = Date.now() } = {}) {
  for (;;) {
    const text = await badgeOf(ext, tabId);
    if (text || Date.now() - since > timeout) return { text, ms: Date.now() - since };
    await new Promise((ok) => setTimeout(ok, 10));
  }
}

export async function recordCount(ext) {
  return sw(ext).evaluate(() => globalThis.gwrLens.count());
}

/** The path the keyboard command (and the context menu) take in the background. */
export async function saveByCommand(ext, tabId) {
  return sw(ext).evaluate((id) => globalThis.gwrLens.command('save-report', { id }), tabId);
}

/** Opens the popup for a tab (as its own page) and waits until it has read the page. */
export async function openPopup(ext, tabId) {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 440, height: 600 });
  await popup.goto(ext.popupUrl(tabId));
  await popup.waitForSelector('.save-bar, .notice, .error', { timeout: 15000 });
  return popup;
}
