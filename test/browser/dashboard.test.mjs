// The dashboard as a researcher uses it, in the real extension (Chromium and Firefox): a deep link
// (?report=<id>, as the popup links) opens that report's item pane beside the list, inside the first screen
// at 1280×900; the address follows the selection; the search finds a report by its indicators ("失业"); the
// matrix shows its source below the table without widening a column; the undo bar names what was deleted.
// Run after a build: `npm run build && [BROWSER=firefox] node --test test/browser/dashboard.test.mjs`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, saveByCommand, servePages, tabIdOf } from './harness.mjs';

const PAGES = [
  ['www.tianmen.gov.cn', '/zwgk/zfgzbg/tianmen-2023-gwr.html'],
  ['www.tianmen.gov.cn', '/zwgk/zfgzbg/tianmen-2024-gwr.html'],
  ['www.hubei.gov.cn', '/zwgk/hbyw/hubei-2026-gwr.html'],
  ['www.tianmen.gov.cn', '/zwgk/zcjd/tianmen-2023-h1-progress.html'],
];

let ext, server;
const ids = {}; // page name -> record id

before(async () => {
  server = await servePages();
  ext = await launch({ headless: true });
  for (const [host, path] of PAGES) {
    const url = server.url(host, path);
    const page = await ext.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(ext, url);
    const { result } = await saveByCommand(ext, tabId);
    assert.equal(result.status, 'created', `${path}: ${JSON.stringify(result)}`);
    ids[path.split('/').pop().replace('.html', '')] = result.id;
    await page.close();
  }
});

after(async () => {
  await ext?.close();
  await server?.close();
});

async function dashboard(query = '') {
  const page = await ext.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(ext.url('/dashboard.html') + query);
  await page.waitForSelector('.gl-tabs', { timeout: 30_000 });
  return page;
}

const search = (page) => page.evaluate(() => location.search);

describe('dashboard', () => {
  it('opens the linked report in a pane beside the list, inside the first screen, and the address follows', async () => {
    const id = ids['tianmen-2024-gwr'];
    const page = await dashboard(`?report=${id}`);
    await page.waitForSelector('.gl-pane h2', { timeout: 30_000 });
    const pane = await page.locator('.gl-pane').boundingBox();
    const list = await page.locator('.gl-list').boundingBox();
    assert.ok(
      pane.x >= list.x + list.width - 1,
      `pane at x=${pane.x} is beside the list ending at ${list.x + list.width}`,
    );
    assert.ok(pane.y < 300, `pane starts at y=${pane.y}, in the first screen`);
    const title = await page.locator('.gl-pane h2').boundingBox();
    assert.ok(title.y + title.height < 900);
    const text = await page.locator('.gl-pane').innerText();
    assert.match(text, /天门/);
    assert.match(text, /主要预期目标/); // its own targets
    assert.match(text, /上年完成情况/); // its own results
    assert.match(text, /2023年目标/); // last year's targets judged, the 2023 report being saved
    assert.match(await search(page), new RegExp(`report=${id}`));
    // Another row: the pane and the address follow.
    const other = ids['hubei-2026-gwr'];
    await page.locator('.gl-list tbody tr button.gl-link', { hasText: '湖北' }).first().click();
    await page.waitForFunction((want) => location.search.includes(`report=${want}`), other, { timeout: 30_000 });
    await page.waitForFunction(() => /湖北/.test(document.querySelector('.gl-pane h2')?.textContent ?? ''), null, {
      timeout: 30_000,
    });
    // Every row says what it holds once its record is read.
    await page.waitForFunction(() => document.querySelectorAll('.gl-contents').length >= 3, null, { timeout: 30_000 });
    await page.close();
  });

  it('searches the indicators and sentences, not only titles', async () => {
    const page = await dashboard();
    await page.waitForSelector('.gl-list tbody tr', { timeout: 30_000 });
    const titles = await page.locator('.gl-list tbody tr button.gl-link').count();
    assert.equal(titles, 4);
    await page.locator('.gl-filters input[type=search]').fill('失业');
    // No title holds 失业: the work reports are found by 城镇调查失业率.
    await page.waitForFunction(
      () =>
        !document.querySelector('.gl-note[role=status]') && document.querySelectorAll('.gl-list tbody tr').length === 3,
      null,
      { timeout: 30_000 },
    );
    const found = await page.locator('.gl-list tbody').innerText();
    assert.doesNotMatch(found, /进展/);
    await page.locator('.gl-filters input[type=search]').fill('没有这个词语');
    await page.waitForSelector('.gl-empty', { timeout: 30_000 });
    await page.close();
  });

  it('keeps the matrix columns as they are when a cell shows its source, and puts the view in the address', async () => {
    const page = await dashboard('?view=matrix');
    await page.waitForSelector('.gl-matrix .gl-cell', { timeout: 30_000 });
    assert.match(await search(page), /view=matrix/);
    const widths = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.gl-matrix thead th')].map((th) => th.getBoundingClientRect().width),
      );
    const before = await widths();
    await page.locator('.gl-matrix .gl-cell').first().click();
    await page.waitForSelector('.gl-matrix-source blockquote', { timeout: 30_000 });
    assert.deepEqual(await widths(), before);
    assert.ok((await page.locator('.gl-matrix-source blockquote').innerText()).length > 4);
    await page.close();
  });

  it('names the kind in the undo bar and puts the report back', async () => {
    const page = await dashboard();
    await page.waitForSelector('.gl-list tbody tr', { timeout: 30_000 });
    const row = page.locator('.gl-list tbody tr', { hasText: '进展' }).first();
    await row.locator('.gl-delete').click();
    await page.waitForSelector('.gl-undo', { timeout: 30_000 });
    assert.match(await page.locator('.gl-undo').innerText(), /进展通报/);
    await page.locator('.gl-undo button').click();
    await page.waitForFunction(
      () => !document.querySelector('.gl-undo') && document.querySelectorAll('.gl-list tbody tr').length === 4,
      null,
      {
        timeout: 30_000,
      },
    );
    await page.close();
  });
});
