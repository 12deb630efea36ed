// The Chromium driver of the browser harness (see harness.mjs for the interface): Debian's Chromium with the
// Chrome build (.output/chrome-mv3), driven by playwright-core (no browser download involved). Pages are
// Playwright's own, so everything Playwright offers works here; harness.mjs lists what also works in Firefox.
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export async function launchChromium({ build, headless = true }) {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  const profile = await mkdtemp(join(tmpdir(), 'gwr-lens-chromium-'));
  // A private copy of the build: a rebuild while the browser runs must not swap files under it.
  const extension = join(profile, 'extension');
  await cp(build, extension, { recursive: true });
  const args = [
    `--load-extension=${extension}`,
    `--disable-extensions-except=${extension}`,
    // Every host name is this machine, as in the Firefox driver: the demo pages are served on 127.0.0.1 under
    // gov.cn (and other) names, and nothing a test opens can reach another machine.
    '--host-resolver-rules=MAP * 127.0.0.1',
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
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30000 }));
  const extensionId = new URL(worker.url()).host;
  // Chromium may stop and restart the service worker: always ask the context for the current one.
  const background = () => context.serviceWorkers()[0] ?? worker;
  const url = (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;

  // Errors and warnings from the extension's own scripts: its service worker (each one Chromium starts)
  // and its pages.
  const problems = [];
  const note = (m) => {
    if (['error', 'warning'].includes(m.type()) && m.location().url.startsWith(url('')))
      problems.push(`${m.type()}: ${m.text()} (${m.location().url}:${m.location().lineNumber})`);
  };
  worker.on('console', note);
  context.on('serviceworker', (w) => w.on('console', note));
  context.on('console', note);
  context.on('weberror', (e) => {
    if (e.page()?.url().startsWith(url(''))) problems.push(`uncaught: ${e.error().message} (${e.page().url()})`);
  });
  return {
    browser: 'chromium',
    dir: extension, // the copy the browser runs
    url,
    popupUrl: (tabId) => url(`popup.html?tabId=${tabId}`),
    newPage: () => context.newPage(),
    waitForPage: () => context.waitForEvent('page', { timeout: 30000 }),
    evaluate: (fn, arg) => background().evaluate(fn, arg),
    background,
    problems: () => [...problems],
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
    // Chromium only.
    context,
    worker,
    extensionId,
  };
}
