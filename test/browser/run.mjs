// Browser tests: the built extension in Debian's Chromium or Firefox (harness.mjs), on the demo pages served
// as http://www.<name>.gov.cn:PORT/... Run by `npm test` in both (after `npm run build`).
// Prints measurements (bundle sizes, page load to badge) and writes them to .output/browser-metrics.json
// (Chromium) or .output/browser-metrics-firefox.json, and a screenshot of the popup after saving to
// .output/screenshots/<browser>-popup-saved.png.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ROOT,
  BROWSER,
  badgeOf,
  launch,
  openPopup,
  recordCount,
  saveByCommand,
  servePages,
  tabIdOf,
  waitForBadge,
} from './harness.mjs';

const PAGE = {
  gwr: ['www.tianmen.gov.cn', '/zwgk/zfgzbg/tianmen-2023-gwr.html'],
  mirror: ['zwgk.tianmen.gov.cn', '/mirror/2023/01/tianmen-2023-gwr.html'],
  progress: ['www.tianmen.gov.cn', '/zwgk/zcjd/tianmen-2023-h1-progress.html'],
  province: ['www.hubei.gov.cn', '/zwgk/hbyw/hubei-2026-gwr.html'],
  // The next year's report of the same city (an invented, shortened test page): its review states 2023's results.
  gwr2024: ['www.tianmen.gov.cn', '/zwgk/zfgzbg/tianmen-2024-gwr.html'],
  news: ['www.tianmen.gov.cn', '/xwzx/tianmen-news-flood-meeting.html'],
  // Not a gov.cn host: no host permission, no content script; the user grants access.
  elsewhere: ['127.0.0.1', '/repost/tianmen-2023-gwr.html'],
};

const metrics = { badgeMs: {}, loadMs: {} };
let server;
let ext;

const kb = (bytes) => Math.round(bytes / 102.4) / 10;
const sizeOf = (dir, test) =>
  readdirSync(dir)
    .filter(test)
    .reduce((n, f) => n + statSync(join(dir, f)).size, 0);

/** Opens a demo page in a new tab; returns its tab id and how long load and badge took from navigation start. */
async function open(key) {
  const url = server.url(...PAGE[key]);
  const page = await ext.newPage();
  const t0 = Date.now();
  await page.goto(url);
  metrics.loadMs[key] ??= Date.now() - t0; // the first visit: later ones hit a warm cache
  const tabId = await tabIdOf(ext, url);
  assert.ok(tabId, `no tab for ${url}`);
  return { page, url, tabId, t0 };
}

before(async () => {
  server = await servePages();
  ext = await launch({ headless: true });
});

after(async () => {
  await ext?.close();
  await server?.close();
  const out = join(ROOT, `.output/browser-metrics${BROWSER === 'chromium' ? '' : `-${BROWSER}`}.json`);
  writeFileSync(out, JSON.stringify(metrics, null, 2) + '\n');
  console.log('# metrics', JSON.stringify(metrics));
});

describe('bundles', () => {
  it('keeps the content script small and free of heavy code', () => {
    const dir = join(ext.dir, 'content-scripts');
    const bytes = sizeOf(dir, (f) => f.endsWith('.js'));
    metrics.contentScriptKB = kb(bytes);
    const code = readdirSync(dir)
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    assert.ok(bytes < 10 * 1024, `content script is ${bytes} bytes`);
    for (const heavy of ['Readability', 'Dexie', 'indexedDB', 'innerText', 'getBoundingClientRect'])
      assert.ok(!code.includes(heavy), `content script contains ${heavy}`);
  });

  it('measures the popup and the extractor', () => {
    // Everything popup.html loads: its own chunk, chunks shared with other pages (Preact), styles.
    const html = readFileSync(join(ext.dir, 'popup.html'), 'utf8');
    const files = [...html.matchAll(/(?:src|href)="\/([^"]+)"/g)].map((m) => m[1]);
    assert.ok(
      files.some((f) => f.endsWith('.js')),
      'popup.html loads a script',
    );
    metrics.popupKB = kb(files.reduce((n, f) => n + statSync(join(ext.dir, f)).size, html.length));
    metrics.extractorKB = kb(statSync(join(ext.dir, 'extractor.js')).size);
    metrics.backgroundKB = kb(statSync(join(ext.dir, 'background.js')).size);
    assert.ok(metrics.popupKB > 0 && metrics.popupKB < 100, `popup is ${metrics.popupKB} kB`);
  });
});

describe('toolbar button', () => {
  it('is on the toolbar in Firefox, where the badge can be seen; Chrome has no such manifest key', async () => {
    const manifest = JSON.parse(readFileSync(join(ext.dir, 'manifest.json'), 'utf8'));
    if (ext.browser === 'firefox') {
      assert.equal(manifest.action.default_area, 'navbar');
      // Without it Firefox puts a new extension's button in the Extensions panel.
      assert.equal(await ext.toolbarArea(), 'nav-bar');
    } else {
      // Chrome keeps the button in its extensions menu until the user pins it; no key asks otherwise.
      assert.equal(manifest.action.default_area, undefined);
      assert.equal(manifest.browser_specific_settings, undefined);
    }
  });
});

describe(`extension in ${BROWSER}`, () => {
  it('marks a work report', async () => {
    const { tabId, t0 } = await open('gwr');
    const badge = await waitForBadge(ext, tabId, { since: t0 });
    metrics.badgeMs.gwr = badge.ms;
    metrics.badgeAfterLoadMs = { gwr: badge.ms - metrics.loadMs.gwr };
    assert.equal(badge.text, '报');
  });

  it('marks a progress notice', async () => {
    const { tabId, t0 } = await open('progress');
    const badge = await waitForBadge(ext, tabId, { since: t0 });
    metrics.badgeMs.progress = badge.ms;
    metrics.badgeAfterLoadMs.progress = badge.ms - metrics.loadMs.progress;
    assert.equal(badge.text, '报');
  });

  it('leaves an ordinary gov.cn page unmarked', async () => {
    const { tabId } = await open('news');
    // Long enough for the content script and the background to have answered (a report takes well under this).
    await new Promise((ok) => setTimeout(ok, 1500));
    assert.equal(await badgeOf(ext, tabId), '');
  });

  it('saves from the popup button, and stays saved when reopened', async () => {
    const { tabId } = await open('gwr');
    const before = await recordCount(ext);
    const popup = await openPopup(ext, tabId);
    const button = popup.locator('button[data-action=save]');
    assert.match(await button.innerText(), /保存/);
    assert.match(await popup.locator('.summary').innerText(), /政府工作报告/);
    await button.click();
    await popup.waitForSelector('.save-bar[data-saved=yes]');
    assert.match(await popup.locator('.save-bar').innerText(), /已保存/);
    assert.equal(await recordCount(ext), before + 1);
    assert.equal(await badgeOf(ext, tabId), '✓');
    const shots = join(ROOT, '.output/screenshots');
    mkdirSync(shots, { recursive: true });
    await popup.screenshot({ path: join(shots, `${BROWSER}-popup-saved.png`), fullPage: true });
    await popup.close();

    const again = await openPopup(ext, tabId);
    assert.match(await again.locator('.save-bar').innerText(), /已保存/);
    assert.equal(await again.locator('button[data-action=save]').count(), 0);
    await again.close();
  });

  it('adds nothing when the same page is saved again (keyboard command)', async () => {
    const { tabId } = await open('gwr');
    const before = await recordCount(ext);
    const { result } = await saveByCommand(ext, tabId);
    assert.equal(result.status, 'updated');
    assert.equal(await recordCount(ext), before);
  });

  it('saves a progress notice through the keyboard command', async () => {
    const { tabId } = await open('progress');
    const before = await recordCount(ext);
    const { result, state } = await saveByCommand(ext, tabId);
    assert.equal(result.status, 'created');
    assert.equal(state.extraction.kind, 'progress');
    assert.equal(await recordCount(ext), before + 1);
    assert.equal(await badgeOf(ext, tabId), '✓');
    const popup = await openPopup(ext, tabId);
    assert.match(await popup.locator('.save-bar').innerText(), /已保存/);
    assert.match(
      await popup.locator('[data-list=rows] .gl-counts').innerText(),
      /推进缓慢: \d+/,
      'status counts shown',
    );
    assert.ok((await popup.locator('.slow-tasks li').count()) > 0, 'slow tasks shown');
    await popup.close();
  });

  it('finds a saved report again at a mirror address', async () => {
    const { tabId, t0 } = await open('mirror');
    // Saved from another address: the badge knows it from the page's title (region, year, kind) before the
    // page is read, as the popup does (test/browser/hardening.test.mjs).
    assert.equal((await waitForBadge(ext, tabId, { since: t0 })).text, '✓');
    const before = await recordCount(ext);
    const popup = await openPopup(ext, tabId);
    const bar = await popup.locator('.save-bar').innerText();
    assert.match(bar, /已保存/);
    assert.match(bar, /已在资料库中/);
    assert.equal(await badgeOf(ext, tabId), '✓'); // and by content once read
    assert.equal(await recordCount(ext), before);
    await popup.close();
  });

  it('keeps a correction, also across a re-save', async () => {
    const { tabId } = await open('province');
    const popup = await openPopup(ext, tabId);
    await popup.locator('button[data-action=save]').click();
    await popup.waitForSelector('.save-bar[data-saved=yes]');
    const field = popup.locator('[data-field=region]');
    await field.locator('button[data-action=correct]').click();
    await field.locator('input').fill('湖北省（更正）');
    await field.locator('button[type=submit]').click();
    await popup.waitForSelector('[data-field=region] .tag');
    await popup.close();

    await saveByCommand(ext, tabId); // re-extracts the page
    const again = await openPopup(ext, tabId);
    assert.match(await again.locator('[data-field=region]').innerText(), /湖北省（更正）/);
    await again.close();
  });

  it('asks for access outside gov.cn instead of reading the page', async () => {
    const { tabId } = await open('elsewhere');
    await new Promise((ok) => setTimeout(ok, 500));
    assert.equal(await badgeOf(ext, tabId), '');
    const popup = await openPopup(ext, tabId);
    assert.match(await popup.locator('.notice').innerText(), /允许读取所有网站/);
    assert.equal(await popup.locator('.save-bar').count(), 0);
    await popup.close();
  });

  it('opens the library page from the popup', async () => {
    const { tabId } = await open('gwr');
    const popup = await openPopup(ext, tabId);
    const [dashboard] = await Promise.all([ext.waitForPage(), popup.locator('button[data-action=dashboard]').click()]);
    assert.ok((await dashboard.url()).startsWith(ext.url('dashboard.html')), await dashboard.url());
    await dashboard.close();
    await popup.close();
  });

  it('registers the context-menu entry', async () => {
    // update() rejects for an id that does not exist.
    const ok = await ext.evaluate(() =>
      chrome.contextMenus.update('save-report', {}).then(
        () => true,
        () => false,
      ),
    );
    assert.equal(ok, true);
  });

  it('saves an ordinary page anyway, as another page', async () => {
    const { tabId } = await open('news');
    const popup = await openPopup(ext, tabId);
    const button = popup.locator('button[data-action=save]');
    assert.match(await button.innerText(), /仍然保存/);
    await button.click();
    await popup.waitForSelector('.save-bar[data-saved=yes]');
    assert.equal(await badgeOf(ext, tabId), '✓');
    await popup.close();
  });
});

describe('comparison in the popup', () => {
  /** The popup of a tab, once its comparison has arrived. */
  async function comparisonOf(tabId) {
    const popup = await openPopup(ext, tabId);
    await popup.waitForSelector('.compare-slot[data-state=done], .compare-slot[data-state=failed]', { timeout: 30000 });
    return { popup, slot: popup.locator('.compare-slot') };
  }

  /** The getComparison round trip from the popup (the page read is cached by then): median of 5. */
  async function timeComparison(popup, tabId) {
    const times = await popup.evaluate(async (id) => {
      const out = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        const reply = await chrome.runtime.sendMessage({ gwrLens: 'getComparison', payload: { tabId: id } });
        if (!reply?.ok) throw new Error(reply?.error ?? 'no reply');
        out.push(performance.now() - t0);
      }
      return out;
    }, tabId);
    return Math.round(times.sort((a, b) => a - b)[2] * 10) / 10;
  }

  it("shows last year's targets of the same city against this report's results, and the change of targets", async () => {
    const first = await open('gwr');
    await saveByCommand(ext, first.tabId); // created, or updated when an earlier test saved it
    const second = await open('gwr2024');
    const { result } = await saveByCommand(ext, second.tabId);
    assert.equal(result.status, 'created');

    const { popup, slot } = await comparisonOf(second.tabId);
    const text = await slot.innerText();
    assert.match(text, /与资料库比较/);
    assert.match(text, /2023年目标与实际完成/);
    const gdp = slot.locator('tr.gl-row-met', { hasText: '地区生产总值' });
    assert.match(await gdp.innerText(), /7\.5% 左右/); // the 2023 target, from the first report
    assert.match(await gdp.innerText(), /7\.8%/); // the result this report states
    assert.match(await gdp.innerText(), /✓ 达成/); // readable without colour: symbol and word
    assert.match(await slot.locator('tr.gl-row-missed', { hasText: '城镇居民' }).innerText(), /✗ 未达成/);
    assert.match(text, /降低/); // 7% 左右 after 7.5% 左右

    // Each number opens the sentence it was read from: the 2023 target in the 2023 report's own characters.
    const source = gdp.locator('details.gl-sourced').first();
    await source.locator('summary').click();
    assert.match(await source.locator('q.gl-source').innerText(), /地區生產總值同比增長7\.5%左右/);
    const change = slot.locator(':has(> .gl-change-down)').first();
    assert.ok((await change.locator('details.gl-sourced').count()) >= 2, 'both targets of a change are sourced');

    metrics.comparisonMs = { gwr: await timeComparison(popup, second.tabId) };
    await popup.close();
  });

  it("links a progress notice's tasks to the saved work report, with the count of slow tasks", async () => {
    const report = await open('gwr');
    await saveByCommand(ext, report.tabId);
    const notice = await open('progress');
    await saveByCommand(ext, notice.tabId);
    // The notice's own popup lists its slow tasks above the comparison, which names the report it tracks.
    const own = await comparisonOf(notice.tabId);
    assert.match(await own.slot.innerText(), /对照的工作报告/);
    assert.equal(await own.slot.locator('.gl-tasks').count(), 0, 'no task listed a second time');
    metrics.comparisonMs.progress = await timeComparison(own.popup, notice.tabId);
    await own.popup.close();
    // The report's popup shows the notice's slow tasks, each linked to this report's sentence.
    const { popup, slot } = await comparisonOf(report.tabId);
    const counts = await slot.locator('.gl-counts').innerText();
    assert.match(counts, /推进缓慢: \d+/);
    const slow = Number(counts.match(/推进缓慢: (\d+)/)[1]);
    assert.ok(slow > 0);
    const rows = slot.locator('.gl-tasks tbody tr');
    assert.equal(await rows.count(), slow, 'the slow tasks alone; the whole list is in the library');
    for (let i = 0; i < slow; i++) assert.match(await rows.nth(i).locator('td').last().innerText(), /⚠ 推进缓慢/);
    const linked = await slot.locator('.gl-tasks details.gl-sourced').count();
    assert.ok(linked > slow / 2, `${linked} of ${slow} slow tasks linked to the report`);
    assert.match(await slot.locator('[data-action=all-tasks]').innerText(), /全部 \d+ 项/);
    await popup.close();
  });

  it('says so in one line when nothing saved compares', async () => {
    const { tabId } = await open('province'); // no other 2026 report and no earlier Hubei report is saved
    const { popup, slot } = await comparisonOf(tabId);
    assert.match(await slot.locator('[data-empty=compare]').innerText(), /资料库中还没有可对比的早前报告/);
    assert.equal(await slot.locator('table').count(), 0);
    await popup.close();
  });
});

describe('closing', () => {
  // Last: closes the browser. Firefox logged "Script terminated by timeout" from Dexie's pagehide listener at
  // every close (entrypoints/background/no-bfcache-listeners.ts); nothing of the extension's should complain.
  it('reports no error or warning from the extension, also when the browser closes', async () => {
    await ext.close();
    assert.deepEqual(ext.problems(), []);
  });
});
