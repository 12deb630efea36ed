// The Firefox driver of the browser harness (see harness.mjs for the interface): Debian's firefox-esr with
// the Firefox build (.output/firefox-mv3), driven by puppeteer-core over WebDriver BiDi. Pages are wrapped
// (firefox-page.mjs) to offer the subset of Playwright's page API that the tests use, so that a test body
// runs unchanged in both browsers.
//
// Firefox gives no handle on an extension's background page, so extension-side code runs in a "probe": an
// extension page of its own (the icon, an inert image document that still gets the extension APIs), opened in
// a background tab. There `chrome.*` is the extension's API as in Chromium's service worker, and
// `globalThis.gwrLens` forwards to the background's hooks (runtime.getBackgroundPage wakes a suspended
// event page).
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { wrapPage, settled } from './firefox-page.mjs';

export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

// Any fixed UUID: extension pages then have a known address (moz-extension://<uuid>/...) from the start.
const UUID = '6f1d9c1e-2b7a-4c55-9e0a-3d41c8a7b2f0';

export async function launchFirefox({ build, headless = true }) {
  if (!existsSync(FIREFOX)) throw new Error(`no Firefox at ${FIREFOX}: apt-get install -y firefox-esr`);
  const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8'));
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${build}/manifest.json has no browser_specific_settings.gecko.id`);
  const probePage = Object.values(manifest.icons ?? {}).at(-1); // an icon: an inert page with the APIs
  const profile = await mkdtemp(join(tmpdir(), 'gwr-lens-firefox-'));
  const extension = join(profile, 'extension');
  await cp(build, extension, { recursive: true });

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless,
    args: ['--remote-allow-system-access'],
    userDataDir: join(profile, 'user-data'),
    defaultViewport: { width: 1200, height: 800 },
    protocolTimeout: 120000,
    timeout: 120000, // the launch itself, on a busy machine
    env: { ...process.env, LANGUAGE: 'en_US', LANG: 'en_US.UTF-8' },
    extraPrefsFirefox: {
      // Every host name is this machine: the demo pages under gov.cn names, and nothing else reachable.
      'network.dns.forceResolve': '127.0.0.1',
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: UUID }),
      // An English browser, as in Chromium: the extension speaks Chinese whatever the browser's language.
      'intl.locale.requested': 'en-US',
    },
  });
  // Firefox's own messages (the extension's console included), for tests of what it logs.
  const log = [];
  browser.process()?.stderr?.on('data', (chunk) => log.push(String(chunk)));

  const context = browser.defaultBrowserContext();
  await browser.installExtension(extension);
  const url = (path) => `moz-extension://${UUID}/${path.replace(/^\//, '')}`;

  const probe = wrapPage(await context.newPage({ background: true }));
  await probe.goto(url(probePage));
  await probe.evaluate(() => {
    const clone = (v) => (v === undefined ? v : JSON.parse(JSON.stringify(v)));
    globalThis.gwrLens = new Proxy(
      {},
      {
        get:
          (_, name) =>
          async (...args) =>
            clone(await (await browser.runtime.getBackgroundPage()).gwrLens[name](...args)),
      },
    );
  });

  /** Where Firefox put the extension's toolbar button: 'nav-bar', or 'unified-extensions-area' (the panel). */
  const toolbarArea = async () => {
    // Firefox's own window (chrome scope, allowed by --remote-allow-system-access) knows the placement.
    const tree = await browser.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const widget = `${geckoId.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-browser-action`;
    const placed = await browser.connection.send('script.evaluate', {
      expression: `CustomizableUI.getPlacementOfWidget(${JSON.stringify(widget)})?.area ?? null`,
      target: { context: tree.result.contexts[0].context },
      awaitPromise: false,
    });
    return placed.result.result.value ?? null;
  };
  const newPage = async () => wrapPage(await context.newPage());
  /** The next tab opened by the extension (the dashboard from the popup), once its page has loaded. */
  const waitForPage = async () => {
    const before = new Set(browser.targets());
    const target = await browser.waitForTarget((t) => t.type() === 'page' && !before.has(t), { timeout: 30000 });
    const page = wrapPage(await target.page());
    await settled(page);
    return page;
  };
  return {
    browser: 'firefox',
    dir: extension,
    url,
    popupUrl: (tabId) => url(`popup.html?tabId=${tabId}`),
    newPage,
    waitForPage,
    evaluate: (fn, arg) => probe.evaluate(fn, arg),
    /** Everything Firefox wrote to stderr so far. */
    log: () => log.join(''),
    // Firefox writes the errors and warnings of a script to stderr with the script's address.
    problems: () =>
      log
        .join('')
        .split('\n')
        .filter((line) => /^JavaScript (error|warning): /.test(line) && line.includes(url(''))),
    close: async () => {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
    // What Chromium tests reach through Playwright's context, for the two uses that exist in both browsers.
    context: {
      newPage,
      waitForEvent: (event) => {
        if (event !== 'page') throw new Error(`the Firefox driver has no context event "${event}"`);
        return waitForPage();
      },
    },
    toolbarArea,
    puppeteer: browser,
  };
}
