// The product contract, checked the way an outsider would check it, on pages built for this test only
// (test/fixtures/pages/contract, made by its build.mjs): a badge on reports and progress notices and
// none on ordinary pages; saving through the popup's button (found by its text), the keyboard command
// and the context menu; no second record for a second save; a saved report recognised at a mirror.
// Records are counted only through what the extension exposes (its background's test hook, its library page).
// Run after a build: `npm run build && [BROWSER=firefox] node --test test/browser/contract.test.mjs`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ROOT, badgeOf, launch, recordCount, saveByCommand, tabIdOf, waitForBadge } from './harness.mjs';

const PAGES = join(ROOT, 'test/fixtures/pages/contract');
// Not gov.cn: no host permission, read only when the user asks (the harness resolves every name to this machine).
const ELSEWHERE = 'news.example.com';

// Every page under an address of the kind its site uses; the same file may be served at two addresses.
const PAGE = {
  county: [
    'www.xingshan.gov.cn',
    '/zwgk/zfxxgk/zfgzbg/202401/t20240119_1234567.shtml',
    'county-xingshan-2024-gwr.html',
  ],
  prefecture: ['www.shangluo.gov.cn', '/zwgk/zfgzbg/202302/t20230203_612345.html', 'prefecture-shangluo-2023-gwr.html'],
  traditional: ['www.weinan.gov.cn', '/gk/zfgzbg/1234567.htm', 'traditional-weinan-2023-gwr.html'],
  newspaper: ['szb.gsrb.gansu.gov.cn', '/gsrb/202601/31/c123456.html', 'newspaper-gansu-2026-gwr.html'],
  progressA: ['www.xingshan.gov.cn', '/zwgk/dcdb/202410/t20241025_1300001.shtml', 'progress-xingshan-2024-q3.html'],
  progressA1: ['www.xingshan.gov.cn', '/zwgk/dcdb/202407/t20240722_1280001.shtml', 'progress-xingshan-2024-h1.html'],
  progressB: ['www.shangluo.gov.cn', '/zwgk/dctb/202307/t20230728_640001.html', 'progress-shangluo-2023-h1.html'],
  scripted: ['www.qinyang.gov.cn', '/zwgk/zfgzbg/2023/02/10/content_77001.html', 'scripted-qinyang-2023-gwr.html'],
  progressC: ['www.yuanan.gov.cn', '/art/2024/7/22/art_1234_567890.html', 'progress-yuanan-2024-h1.html'],
  news: ['www.xingshan.gov.cn', '/xwzx/xsyw/202404/t20240412_1250001.shtml', 'news-xingshan-economy-meeting.html'],
  jiedu: ['www.xingshan.gov.cn', '/zwgk/zcjd/202401/t20240120_1234600.shtml', 'jiedu-xingshan-2024.html'],
  congress: [
    'www.xingshan.gov.cn',
    '/ztzl/2024lh/dhdt/202401/t20240112_1234300.shtml',
    'news-xingshan-2024-congress.html',
  ],
  jieduHeadline: ['www.xingshan.gov.cn', '/zwgk/zcjd/202401/t20240121_1234700.shtml', 'jiedu-xingshan-2024-yiwen.html'],
  newsHeadline: [
    'www.xingshan.gov.cn',
    '/xwzx/xsyw/202401/t20240113_1234400.shtml',
    'news-xingshan-2024-minsheng.html',
  ],
  bulletin: ['www.xingshan.gov.cn', '/zwgk/tjxx/202403/t20240328_1240001.shtml', 'tongji-xingshan-2023.html'],
  mirror: ['www.yichang.gov.cn', '/xsqdt/xingshan/2024-01/22/content_998877.html', 'mirror-xingshan-2024-gwr.html'],
  repost: ['www.hubei.gov.cn', '/zwgk/szfw/202401/t20240123_5012345.shtml', 'repost-xingshan-2024-gwr.html'],
  elsewhere: [ELSEWHERE, '/2026/0131/gansu-gwr.html', 'newspaper-gansu-2026-gwr.html'],
};
// What the popup should say about each page: its kind, region and year, read as a user reads them.
const EXPECT = {
  county: { kind: '政府工作报告', region: /^兴山县$/, year: '2024' },
  prefecture: { kind: '政府工作报告', region: /^商洛市$/, year: '2023' },
  traditional: { kind: '政府工作报告', region: /^渭南市$/, year: '2023' },
  newspaper: { kind: '政府工作报告', region: /^甘肃省$/, year: '2026' },
  scripted: { kind: '政府工作报告', region: /^沁阳市$/, year: '2023' },
  progressA: { kind: '任务进展通报', region: /^兴山县$/, year: '2024' },
  // The notice never names its city (only the site's masthead does): the city, or unknown, never a
  // word misread as a place.
  progressB: { kind: '任务进展通报', region: /^(?:商洛市|未识别)$/, year: '2023' },
};
/** A field of the popup's summary: the line after its label, without the 更正 button's text (once saved). */
const fieldShown = (text, label) =>
  new RegExp(`(?:^|\\n)${label}\\s*\\n\\s*([^\\n]*?)\\s*(?:更正|✎)?\\s*(?:\\n|$)`).exec(text)?.[1] ?? null;

function assertSummary(key, text) {
  const want = EXPECT[key];
  const kind = fieldShown(text, '类型') ?? '';
  assert.ok(kind.includes(want.kind), `${key}: kind shown "${kind}"`);
  assert.match(fieldShown(text, '地区') ?? '', want.region, `${key}: region shown "${fieldShown(text, '地区')}"`);
  assert.equal(fieldShown(text, '报告年份'), want.year, `${key}: year shown`);
}

const REPORTS = ['county', 'prefecture', 'traditional', 'newspaper', 'scripted', 'progressA', 'progressB', 'progressC'];
const ORDINARY = ['news', 'congress', 'jiedu', 'jieduHeadline', 'newsHeadline', 'bulletin'];

const latency = {}; // page -> ms from navigation start to the badge
let server;
let ext;

/** Serves `<file>` at `/.../<name>` for the address table above; 404 for anything else. */
async function serve() {
  const byPath = new Map(Object.values(PAGE).map(([, path, file]) => [path, file]));
  const s = createServer(async (req, res) => {
    const file = byPath.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!file || !existsSync(join(PAGES, basename(file)))) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>404</title>');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(await readFile(join(PAGES, basename(file))));
  });
  await new Promise((ok) => s.listen(0, '127.0.0.1', ok));
  const port = s.address().port;
  return {
    url: (key) => `http://${PAGE[key][0]}:${port}${PAGE[key][1]}`,
    close: () => new Promise((ok) => s.close(ok)),
  };
}

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

async function open(key) {
  const url = server.url(key);
  const page = await ext.newPage();
  const t0 = Date.now();
  await page.goto(url);
  const tabId = await tabIdOf(ext, url);
  assert.ok(tabId, `no tab for ${url}`);
  return { page, url, tabId, t0 };
}

/** The popup as a user sees it: its visible text once it has read the page (no class names involved). */
async function popupOf(tabId) {
  const popup = await ext.newPage();
  await popup.setViewportSize({ width: 440, height: 600 });
  await popup.goto(ext.popupUrl(tabId));
  await popup.waitForFunction(
    () => /保存|允许|无法读取/.test(document.body.innerText) && !/正在读取/.test(document.body.innerText),
    null,
    { timeout: 30000 },
  );
  return popup;
}
const visible = (popup) => popup.evaluate(() => document.body.innerText);
const saveButton = (popup) => popup.getByRole('button', { name: /保存/ });

/** The number of rows the library page lists (what a user would count), once it lists `expected` or time is up. */
async function listedInLibrary(expected) {
  const page = await ext.newPage();
  await page.goto(ext.url('dashboard.html'));
  await page
    .waitForFunction((n) => document.querySelectorAll('table tbody tr').length === n, expected, { timeout: 30000 })
    .catch(() => {}); // the count below says what it lists instead
  const n = await page.locator('table tbody tr').count();
  await page.close();
  return n;
}

before(async () => {
  server = await serve();
  ext = await launch();
});

after(async () => {
  await ext?.close();
  await server?.close();
  console.log('# badge latency (ms from navigation start)', JSON.stringify(latency));
});

describe('badge', () => {
  for (const key of REPORTS) {
    it(`marks ${key}`, async () => {
      const { page, tabId, t0 } = await open(key);
      const badge = await waitForBadge(ext, tabId, { since: t0 });
      latency[key] = badge.ms;
      assert.equal(badge.text, '报', `${key}: badge "${badge.text}" after ${badge.ms} ms`);
      await page.close();
    });
  }

  for (const key of [...ORDINARY, 'elsewhere']) {
    it(`leaves ${key} unmarked`, async () => {
      const { page, tabId } = await open(key);
      await sleep(1500); // a report is marked well within this
      assert.equal(await badgeOf(ext, tabId), '', key);
      await page.close();
    });
  }
});

describe('saving', () => {
  it('reads a script-rendered page again when the popup was first opened on its empty shell', async () => {
    const { page, tabId, t0 } = await open('scripted');
    const early = await popupOf(tabId); // most likely before the article is there
    await early.close();
    assert.equal((await waitForBadge(ext, tabId, { since: t0 })).text, '报');
    const popup = await popupOf(tabId);
    const text = await visible(popup);
    assert.doesNotMatch(text, /仍然保存/, `popup after render: ${text.slice(0, 300)}`);
    assertSummary('scripted', text);
    await popup.close();
    await page.close();
  });

  // The popup's button for each report page; then the same page again, reloaded, stays saved.
  for (const key of ['county', 'prefecture', 'traditional', 'newspaper', 'scripted', 'progressA']) {
    it(`saves ${key} from the popup button`, async () => {
      const { page, tabId, t0 } = await open(key);
      await waitForBadge(ext, tabId, { since: t0 }); // the user clicks once the page is marked
      const before = await recordCount(ext);
      const popup = await popupOf(tabId);
      const button = saveButton(popup);
      assert.equal(await button.count(), 1, `${key}: one save button in "${await visible(popup)}"`);
      assert.doesNotMatch(await button.innerText(), /仍然/, `${key}: offered as an ordinary page`);
      assertSummary(key, await visible(popup));
      await button.click();
      await popup.waitForFunction(() => document.body.innerText.includes('已保存'), null, { timeout: 30000 });
      assert.equal(await recordCount(ext), before + 1, `${key}: one new record`);
      await popup.close();

      const again = await popupOf(tabId);
      assert.match(await visible(again), /已保存/);
      await again.close();

      await page.reload();
      assert.equal((await waitForBadge(ext, tabId)).text, '✓', `${key}: saved mark after reload`);
      const reloaded = await popupOf(tabId);
      assert.match(await visible(reloaded), /已保存/);
      assert.equal(await saveButton(reloaded).count(), 0, `${key}: no save button once saved`);
      await reloaded.close();
      await page.close();
    });
  }

  it('saves a second notice of the same county and year (another period) as its own record', async () => {
    const { page, tabId } = await open('progressA1');
    const before = await recordCount(ext);
    const popup = await popupOf(tabId);
    const button = saveButton(popup);
    assert.equal(await button.count(), 1, `one save button in "${(await visible(popup)).slice(0, 300)}"`);
    await button.click();
    await popup
      .waitForFunction(() => document.body.innerText.includes('已保存'), null, { timeout: 30000 })
      .catch(() => {});
    const text = await visible(popup);
    assert.match(text, /已保存/, `after the click the popup says: ${text.slice(0, 300)}`);
    assert.equal(await recordCount(ext), before + 1);
    await popup.close();
    await page.close();
  });

  it('adds nothing on a second save of the same page', async () => {
    const { page, tabId } = await open('county');
    const before = await recordCount(ext);
    await saveByCommand(ext, tabId);
    await page.reload();
    await saveByCommand(ext, tabId);
    assert.equal(await recordCount(ext), before);
    await page.close();
  });

  it('saves through the keyboard command (the context menu takes the same path)', async () => {
    const { page, tabId } = await open('progressB');
    const before = await recordCount(ext);
    await saveByCommand(ext, tabId);
    assert.equal(await recordCount(ext), before + 1);
    assert.equal(await badgeOf(ext, tabId), '✓');
    const popup = await popupOf(tabId);
    assert.match(await visible(popup), /已保存/);
    await popup.close();
    await saveByCommand(ext, tabId);
    assert.equal(await recordCount(ext), before + 1, 'a second command save adds nothing');
    await page.close();
  });

  it("reads the command-saved notice's kind, region and year", async () => {
    const { page, tabId } = await open('progressB');
    const popup = await popupOf(tabId);
    assertSummary('progressB', await visible(popup));
    await popup.close();
    await page.close();
  });

  it('has the context-menu entry', async () => {
    const ok = await ext.evaluate(() =>
      chrome.contextMenus.update('save-report', {}).then(
        () => true,
        () => false,
      ),
    );
    assert.equal(ok, true);
  });

  it('finds the saved county report again at a mirror on another gov.cn host', async () => {
    const { page, tabId } = await open('mirror');
    const before = await recordCount(ext);
    const popup = await popupOf(tabId);
    const text = await visible(popup);
    assert.match(text, /已保存/, `mirror popup says: ${text.slice(0, 300)}`);
    assert.equal(await badgeOf(ext, tabId), '✓', 'the mirror is marked saved once read');
    await popup.close();
    await saveByCommand(ext, tabId); // saving it anyway keeps one record
    assert.equal(await recordCount(ext), before);
    await page.close();
  });

  it('finds the saved county report again in a repost whose text differs a little (source line, editor)', async () => {
    const { page, tabId } = await open('repost');
    const before = await recordCount(ext);
    const popup = await popupOf(tabId);
    // Another site's copy is told apart from the same page: already in the library, under the saved title.
    const text = await visible(popup);
    assert.match(text, /已保存|资料库中已有同一份报告/, `repost popup says: ${text.slice(0, 300)}`);
    if (await saveButton(popup).count()) await saveButton(popup).click();
    await sleep(500);
    assert.match(await visible(popup), /已保存|资料库中已有同一份报告/);
    await popup.close();
    await saveByCommand(ext, tabId);
    assert.equal(await recordCount(ext), before);
    await page.close();
  });

  it('reads another site only on request: no badge, and the popup asks for access', async () => {
    const { page, tabId } = await open('elsewhere');
    assert.equal(await badgeOf(ext, tabId), '');
    const popup = await popupOf(tabId);
    const text = await visible(popup);
    assert.match(text, /允许/);
    assert.doesNotMatch(text, /已保存/);
    await popup.close();
    await page.close();
  });

  it('lists every record in the library page', async () => {
    const count = await recordCount(ext);
    assert.ok(count >= 7, `${count} records`); // six popup saves and one command save (and the second notice)
    assert.equal(await listedInLibrary(count), count);
  });
});
