// Browser tests: the built extension (.output/chrome-mv3) in Debian's Chromium, on the demo pages served
// as http://www.<name>.gov.cn:PORT/... Run by `npm run test:browser` (after `npm run build`).
// Prints measurements (bundle sizes, page load to badge) and writes them to .output/browser-metrics.json.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ROOT, badgeOf, launch, openPopup, recordCount, saveByCommand, servePages, sw, tabIdOf, waitForBadge,
} from './harness.mjs';

const PAGE = {
  gwr: ['www.tianmen.gov.cn', '/zwgk/zfgzbg/tianmen-2023-gwr.html'],
  mirror: ['zwgk.tianmen.gov.cn', '/mirror/2023/01/tianmen-2023-gwr.html'],
  progress: ['www.tianmen.gov.cn', '/zwgk/zcjd/tianmen-2023-h1-progress.html'],
  province: ['www.hubei.gov.cn', '/zwgk/hbyw/hubei-2026-gwr.html'],
  news: ['www.tianmen.gov.cn', '/xwzx/tianmen-news-flood-meeting.html'],
  // Not a gov.cn host: no host permission, no content script; the user grants access.
  elsewhere: ['127.0.0.1', '/repost/tianmen-2023-gwr.html'],
};

const metrics = { badgeMs: {}, loadMs: {} };
let server;
let ext;

const kb = (bytes) => Math.round(bytes / 102.4) / 10;
const sizeOf = (dir, test) => readdirSync(dir).filter(test).reduce((n, f) => n + statSync(join(dir, f)).size, 0);

/** Opens a demo page in a new tab; returns its tab id and how long load and badge took from navigation start. */
async function open(key) {
  const url = server.url(...PAGE[key]);
  const page = await ext.context.newPage();
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
  const out = join(ROOT, '.output/browser-metrics.json');
  writeFileSync(out, JSON.stringify(metrics, null, 2) + '\n');
  console.log('# metrics', JSON.stringify(metrics));
});

describe('bundles', () => {
  it('keeps the content script small and free of heavy code', () => {
    const dir = join(ext.dir, 'content-scripts');
    const bytes = sizeOf(dir, (f) => f.endsWith('.js'));
    metrics.contentScriptKB = kb(bytes);
    const code = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    assert.ok(bytes < 10 * 1024, `content script is ${bytes} bytes`);
    for (const heavy of ['Readability', 'Dexie', 'indexedDB', 'innerText', 'getBoundingClientRect']) assert.ok(!code.includes(heavy), `content script contains ${heavy}`);
  });

  it('measures the popup and the extractor', () => {
    // Everything popup.html loads: its own chunk, chunks shared with other pages (Preact), styles.
    const html = readFileSync(join(ext.dir, 'popup.html'), 'utf8');
    const files = [...html.matchAll(/(?:src|href)="\/([^"]+)"/g)].map((m) => m[1]);
    assert.ok(files.some((f) => f.endsWith('.js')), 'popup.html loads a script');
    metrics.popupKB = kb(files.reduce((n, f) => n + statSync(join(ext.dir, f)).size, html.length));
    metrics.extractorKB = kb(statSync(join(ext.dir, 'extractor.js')).size);
    metrics.backgroundKB = kb(statSync(join(ext.dir, 'background.js')).size);
    assert.ok(metrics.popupKB > 0 && metrics.popupKB < 100, `popup is ${metrics.popupKB} kB`);
  });
});

describe('extension in Chromium', () => {
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
    assert.ok((await popup.locator('[data-list=rows] tbody tr').count()) > 0, 'progress rows shown');
    await popup.close();
  });

  it('finds a saved report again at a mirror address', async () => {
    const { tabId, t0 } = await open('mirror');
    assert.equal((await waitForBadge(ext, tabId, { since: t0 })).text, '报'); // the address alone is new
    const before = await recordCount(ext);
    const popup = await openPopup(ext, tabId);
    const bar = await popup.locator('.save-bar').innerText();
    assert.match(bar, /已保存/);
    assert.match(bar, /已在资料库中/);
    assert.equal(await badgeOf(ext, tabId), '✓'); // recognised by content once read
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
    const [dashboard] = await Promise.all([ext.context.waitForEvent('page'), popup.locator('button[data-action=dashboard]').click()]);
    assert.match(dashboard.url(), /^chrome-extension:\/\/[a-z]+\/dashboard\.html/);
    await dashboard.close();
    await popup.close();
  });

  it('registers the context-menu entry', async () => {
    // update() rejects for an id that does not exist.
    const ok = await sw(ext).evaluate(() => chrome.contextMenus.update('save-report', {}).then(() => true, () => false));
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
