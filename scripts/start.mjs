// npm start: builds the extension, serves the demo report pages under gov.cn host names and opens Debian's
// Chromium with the extension loaded. With a display it stays open for you to try (Ctrl+C to quit); with no
// DISPLAY, or `npm start -- --headless`, it saves the demo reports, writes popup screenshots to
// .output/demo/ and exits. The headless demo then saves the corpus reports too and writes screenshots of
// every dashboard view (library with its item pane, matrix, timeline, progress), in Chinese and English,
// at 1280×900 and at full height (dashboard-<view>-<lang>[-full].png).
/* global chrome, gwrBench -- both are evaluated in the extension's pages, not in Node */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build as esbuild } from 'esbuild';
import {
  CHROMIUM,
  ROOT,
  launch,
  openPopup,
  recordCount,
  saveByCommand,
  servePages,
  setLanguage,
  tabIdOf,
  waitForBadge,
} from '../test/browser/harness.mjs';

const DEMO = [
  { name: 'tianmen-2023-gwr', host: 'www.tianmen.gov.cn', path: '/zwgk/zfgzbg/' },
  { name: 'hubei-2026-gwr', host: 'www.hubei.gov.cn', path: '/zwgk/hbyw/' },
  { name: 'tianmen-2023-h1-progress', host: 'www.tianmen.gov.cn', path: '/zwgk/zcjd/' },
  { name: 'tianmen-2024-gwr', host: 'www.tianmen.gov.cn', path: '/zwgk/zfgzbg/' },
  { name: 'tianmen-news-flood-meeting', host: 'www.tianmen.gov.cn', path: '/xwzx/' },
];

// Other regions' 2023 reports (corpus texts served as plain pages): Tianmen's peers in the demo.
const PEERS = [
  'binzhou',
  'gaoan',
  'handan',
  'heyuan',
  'lincang',
  'longnan',
  'luzhou',
  'maoming',
  'meizhou',
  'ningbo',
].map((n) => ({ name: `${n}-2023-gwr`, host: `www.${n}.gov.cn`, path: '/corpus/' }));

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const skipBuild = process.argv.includes('--no-build');

function build() {
  console.log('› wxt build');
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** The popup's first screen (440×600) as `<name>.png` and its whole height as `<name>-full.png`. */
async function shoot(popup, out, name) {
  await popup.screenshot({ path: join(out, `${name}.png`) });
  await popup.evaluate(() => {
    document.querySelector('.popup').style.maxHeight = 'none';
  });
  await popup.screenshot({ path: join(out, `${name}-full.png`), fullPage: true });
}

/** A popup once its comparison has answered (or there is none to wait for). */
async function settledPopup(ext, tabId) {
  const popup = await openPopup(ext, tabId);
  await popup.waitForFunction(
    () => {
      const slot = document.querySelector('[data-slot=compare]');
      return !slot || /done|failed/.test(slot.getAttribute('data-state') ?? '');
    },
    null,
    { timeout: 60_000 },
  );
  return popup;
}

async function openTab(ext, url) {
  const page = await ext.context.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdOf(ext, url) };
}

/** Every popup state, in Chinese and then in English: unsaved, saved with verdicts, peers, notice, not a report. */
async function popupStates(ext, server, out) {
  const url = (name, host = 'www.tianmen.gov.cn', path = '/zwgk/zfgzbg/') => server.url(host, path + name + '.html');
  const report = await openTab(ext, url('tianmen-2023-gwr'));
  const next = await openTab(ext, url('tianmen-2024-gwr'));
  const notice = await openTab(ext, url('tianmen-2023-h1-progress', 'www.tianmen.gov.cn', '/zwgk/zcjd/'));
  const news = await openTab(ext, url('tianmen-news-flood-meeting', 'www.tianmen.gov.cn', '/xwzx/'));
  // Never saved: a 2023 city report, compared with the peers below as it is.
  const unsaved = await openTab(ext, url('shangluo-2023-gwr', 'www.shangluo.gov.cn', '/corpus/'));
  await saveByCommand(ext, next.tabId);
  for (const p of PEERS) {
    const { page, tabId } = await openTab(ext, server.url(p.host, p.path + p.name + '.html'));
    await saveByCommand(ext, tabId);
    await page.close();
  }
  for (const lang of ['zh_CN', 'en']) {
    await setLanguage(ext, lang);
    const states = [
      ['unsaved', unsaved.tabId],
      ['verdicts', next.tabId],
      ['peers', report.tabId],
      ['notice', notice.tabId],
      ['not-a-report', news.tabId],
    ];
    for (const [state, tabId] of states) {
      const popup = await settledPopup(ext, tabId);
      await shoot(popup, out, `popup-${state}-${lang === 'en' ? 'en' : 'zh'}`);
      await popup.close();
    }
  }
  await setLanguage(ext, 'zh_CN');
}

async function headlessDemo(ext, server) {
  const out = join(ROOT, '.output/demo');
  mkdirSync(out, { recursive: true });
  for (const d of DEMO) {
    const url = server.url(d.host, d.path + d.name + '.html');
    const page = await ext.context.newPage();
    const t0 = Date.now();
    await page.goto(url);
    const tabId = await tabIdOf(ext, url);
    const badge = await waitForBadge(ext, tabId, { since: t0, timeout: d.name.includes('news') ? 1500 : 5000 });
    await page.screenshot({ path: join(out, `${d.name}-page.png`) });
    const before = await openPopup(ext, tabId);
    await before.screenshot({ path: join(out, `${d.name}-popup.png`), fullPage: true });
    await before.close();
    // Reports are saved; the ordinary page is left alone, as a user would.
    let saved = 'not saved';
    if (!d.name.includes('news')) {
      const { result } = await saveByCommand(ext, tabId);
      saved = result.status;
      const after = await openPopup(ext, tabId);
      await after.screenshot({ path: join(out, `${d.name}-popup-saved.png`), fullPage: true });
      await after.close();
    }
    console.log(`  ${d.name.padEnd(28)} badge ${JSON.stringify(badge.text || '')} in ${badge.ms} ms, ${saved}`);
  }
  await popupStates(ext, server, out);
  console.log(`  library: ${await recordCount(ext)} reports; screenshots in ${out}`);
  await dashboardDemo(ext, out);
}

/** The corpus reports saved as the extension saves them (test/browser/bench-entry.ts, bundled), so the
 * dashboard's matrix and timelines have real regions and years to show. Returns the library's summaries. */
async function seedCorpus(ext) {
  const bundle = await esbuild({
    entryPoints: [join(ROOT, 'test/browser/bench-entry.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'gwrBench',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  const dir = join(ROOT, 'test/fixtures/corpus/reports');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({
      url: `http://corpus.gov.cn/${f.replace(/\.txt$/, '.html')}`,
      text: readFileSync(join(dir, f), 'utf8'),
    }));
  const page = await ext.context.newPage();
  await page.goto(ext.url('/manifest.json'));
  await page.evaluate(bundle.outputFiles[0].text + '\n;globalThis.gwrBench = gwrBench;');
  const summaries = await page.evaluate(async (list) => {
    const db = new gwrBench.LibraryDB();
    for (const p of gwrBench.extractAll(list)) {
      // A corpus text has no page title: its first line (the report's heading) stands in.
      const lines = p.text.trim().split('\n').slice(0, 12);
      const title = p.extraction.title ?? (lines.find((l) => /报告|通报/.test(l)) ?? lines[0]).trim().slice(0, 60);
      await gwrBench.saveReport(db, { url: p.url, title, text: p.text, extraction: p.extraction });
    }
    const rows = await db.summaries.toArray();
    db.close();
    return rows;
  }, texts);
  await page.close();
  return summaries;
}

/** Screenshots of every dashboard view in both languages, at 1280×900 and at full height. */
async function dashboardDemo(ext, out) {
  const summaries = await seedCorpus(ext);
  const pick = (region, year, kind) =>
    summaries.find((s) => s.region === region && s.report_year === year && s.kind === kind)?.id;
  const report = pick('天门市', 2024, 'gwr') ?? summaries[0].id;
  const notice = pick('天门市', 2023, 'progress');
  console.log(`  dashboard: ${summaries.length} reports saved; item pane on report ${report}, notice ${notice}`);
  const views = [
    ['library', `?view=library&report=${report}`],
    ['matrix', '?view=matrix'],
    ['timeline', '?view=timeline'],
    ['progress', `?view=progress${notice ? `&report=${notice}` : ''}`],
  ];
  for (const lang of ['zh_CN', 'en']) {
    await ext.evaluate((l) => chrome.storage.local.set({ uiLanguage: l }), lang);
    for (const [view, query] of views) {
      const page = await ext.context.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(ext.url('/dashboard.html') + query);
      await page.waitForSelector('.gl-tabs');
      if (view === 'library') await page.waitForSelector('.gl-pane h2', { timeout: 30_000 });
      if (view === 'matrix') await page.waitForSelector('.gl-matrix, .gl-empty', { timeout: 30_000 });
      if (view === 'timeline') {
        await page.waitForSelector('.gl-timeline select', { timeout: 30_000 });
        await page.selectOption('.gl-timeline select', '天门市');
        await page.waitForSelector('.gl-chart', { timeout: 30_000 });
      }
      if (view === 'progress') await page.waitForSelector('.gl-progress section, .gl-empty', { timeout: 30_000 });
      await page.waitForTimeout(500); // the list's row counts arrive after the first render
      const name = `dashboard-${view}-${lang === 'en' ? 'en' : 'zh'}`;
      await page.screenshot({ path: join(out, `${name}.png`) });
      // At full height the item pane is shown whole, not in its own scroll box.
      await page.evaluate(() =>
        document
          .querySelectorAll('.gl-pane')
          .forEach((el) => Object.assign(el.style, { position: 'static', maxHeight: 'none' })),
      );
      await page.screenshot({ path: join(out, `${name}-full.png`), fullPage: true });
      await page.close();
    }
  }
  await ext.evaluate(() => chrome.storage.local.set({ uiLanguage: 'zh_CN' }));
  console.log(`  dashboard screenshots: ${views.length * 4} in ${out}`);
}

// A fresh Debian machine has no browser: install Debian's Chromium (and a CJK font, so the demo's
// screenshots show Chinese) when running as root; otherwise say what to install.
function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    console.error(`No Chromium at ${CHROMIUM}. Install it: sudo apt-get install -y chromium fonts-wqy-microhei`);
    process.exit(1);
  }
  console.log("› installing Debian's chromium");
  const run = (args) =>
    spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  run(['update']);
  const r = run(['install', '-y', 'chromium', 'fonts-wqy-microhei']);
  if (r.status !== 0 || !existsSync(CHROMIUM)) process.exit(r.status || 1);
}

async function main() {
  ensureChromium();
  if (!skipBuild) build();
  const server = await servePages();
  console.log(`› demo pages on port ${server.port} (*.gov.cn mapped to 127.0.0.1 inside Chromium)`);
  const ext = await launch({ headless });
  console.log(`› ${CHROMIUM} with the extension ${ext.extensionId}${headless ? ' (headless)' : ''}`);
  if (headless) {
    try {
      await headlessDemo(ext, server);
    } finally {
      await ext.close();
      await server.close();
    }
    return;
  }
  const index = await ext.context.newPage();
  for (const d of DEMO) await (await ext.context.newPage()).goto(server.url(d.host, d.path + d.name + '.html'));
  await index.close();
  console.log('› try the toolbar button, Alt+Shift+S or the context menu; close the browser or press Ctrl+C to quit');
  const quit = async () => {
    await ext.close().catch(() => {});
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', quit);
  ext.context.on('close', quit);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
