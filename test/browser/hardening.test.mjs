// Hardening in the real extension: a backup whose ids would break the library (huge, string, shared) is
// imported and saving still works; a content script asking for anything but its own page's signals is
// refused; the badge says "saved" at a variant of a saved page's address, at another port and host of its
// site, and at a mirror elsewhere, as the popup does; the endless-sentence page saves with a bounded record.
// Run after a build: `npx wxt build && node --test test/browser/hardening.test.mjs`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PAGES, launch, openPopup, recordCount, saveByCommand, sw, tabIdOf, waitForBadge } from './harness.mjs';

/** One sentence that never ends, 27 KB: the page that made a 29 MB record in 18.8 s (issue 10). */
const ENDLESS_PATH = '/art/2026/1/20/art_endless.html';
function endlessPage() {
  const items = [];
  for (let i = 0, size = 0; size < 27 * 1024; i++) {
    items.push(`增长${i}%、`);
    size += Buffer.byteLength(items[items.length - 1]);
  }
  const text = `政府工作报告\n主要预期目标是:${items.join('')}`;
  return { text, html: `<!doctype html><meta charset="utf-8"><title>政府工作报告</title><body><pre>${text}</pre>` };
}

/** The demo pages by name under any host and path (as harness.servePages), and the endless page. */
async function serve() {
  const endless = endlessPage();
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = join(PAGES, basename(path));
    if (path === ENDLESS_PATH)
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(endless.html);
    if (!path.endsWith('.html') || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(await readFile(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, port: server.address().port, endless };
}

let ext;
let a; // the pages' server
let b; // the same pages at another port
const url = (host, path, port = a.port) => `http://${host}:${port}${path}`;
const GWR = '/zwgk/zfgzbg/tianmen-2023-gwr.html';

before(async () => {
  [a, b] = [await serve(), await serve()];
  ext = await launch({ headless: true });
});

after(async () => {
  await ext?.close();
  for (const s of [a, b]) await new Promise((ok) => s?.server.close(ok));
});

async function open(address) {
  const page = await ext.context.newPage();
  await page.goto(address);
  const tabId = await tabIdOf(ext, address);
  assert.ok(tabId, `no tab for ${address}`);
  return { page, tabId };
}

/** A saved record's rows, read from the extension's IndexedDB as the background wrote them. */
function readRecord(id) {
  return sw(ext).evaluate(async (key) => {
    const db = await new Promise((ok, no) => {
      const r = indexedDB.open('gwr-lens');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    const get = (store) =>
      new Promise((ok, no) => {
        const r = db.transaction(store).objectStore(store).get(key);
        r.onsuccess = () => ok(r.result);
        r.onerror = () => no(r.error);
      });
    const out = { row: await get('reports'), text: (await get('texts'))?.text ?? null };
    db.close();
    return out;
  }, id);
}

describe('badge and popup agree on "saved?"', () => {
  let saved;

  it('saves the report', async () => {
    const { page, tabId } = await open(url('www.tianmen.gov.cn', GWR));
    assert.equal((await waitForBadge(ext, tabId)).text, '报');
    saved = (await saveByCommand(ext, tabId)).result;
    assert.equal(saved.status, 'created');
    await page.close();
  });

  const variants = {
    'a shared link (?from=singlemessage&isappinstalled=0)': () =>
      url('www.tianmen.gov.cn', `${GWR}?from=singlemessage&isappinstalled=0`),
    'another port and the host without www.': () => url('tianmen.gov.cn', GWR, b.port),
    'a mirror at another host and path': () => url('zwgk.tianmen.gov.cn', '/mirror/2023/01/tianmen-2023-gwr.html'),
  };
  for (const [what, address] of Object.entries(variants)) {
    it(`marks ✓ ${what}, before the page is read, and the popup says saved`, async () => {
      const before = await recordCount(ext);
      const { page, tabId } = await open(address());
      assert.equal((await waitForBadge(ext, tabId)).text, '✓');
      const popup = await openPopup(ext, tabId);
      await popup.waitForFunction(() => document.body.innerText.includes('已保存'), null, { timeout: 30000 });
      await popup.close();
      assert.equal((await waitForBadge(ext, tabId)).text, '✓', 'the popup read leaves the mark');
      await saveByCommand(ext, tabId); // saving it anyway adds nothing
      assert.equal(await recordCount(ext), before);
      await page.close();
    });
  }
});

describe('senders', () => {
  it("refuses a content script's request for another tab's state, the comparison, a save or a correction", async () => {
    const victim = await open(url('www.tianmen.gov.cn', '/zwgk/zcjd/tianmen-2023-h1-progress.html'));
    const { page, tabId } = await open(url('www.xiantao.gov.cn', '/xwzx/tianmen-news-flood-meeting.html')); // any gov.cn page
    const other = victim.tabId;
    const before = await recordCount(ext);
    const replies = await sw(ext).evaluate(
      async ({ tab, victim }) => {
        const ask = (type, payload) =>
          chrome.scripting
            .executeScript({
              target: { tabId: tab },
              // Runs as a content script of this extension, in the page's renderer.
              func: (t, p) => chrome.runtime.sendMessage({ gwrLens: t, payload: p }),
              args: [type, payload],
            })
            .then((r) => r[0]?.result ?? null);
        return [
          await ask('inspectTab', { tabId: victim }),
          await ask('getComparison', { tabId: victim }),
          await ask('saveTab', { tabId: victim }),
          await ask('correctReport', { id: 1, patch: { region: '别处' }, tabId: victim }),
        ];
      },
      { tab: tabId, victim: other },
    );
    for (const r of replies) {
      assert.equal(r?.ok, false, JSON.stringify(r));
      assert.match(r.error, /refused: not an extension page/);
    }
    assert.equal(await recordCount(ext), before);
    await page.close();
    await victim.page.close();
  });
});

describe('a backup with ids that would break the library', () => {
  it('imports with fresh keys, and saving goes on', async () => {
    const { page, tabId } = await open(url('www.tianmen.gov.cn', '/zwgk/zfgzbg/tianmen-2024-gwr.html'));
    const { result } = await saveByCommand(ext, tabId);
    const { row, text } = await readRecord(result.id);
    await page.close();
    const copy = (i, id) => ({
      id,
      url: `http://www.example${i}.gov.cn/a.html`,
      urls: [`http://www.example${i}.gov.cn/a.html`],
      title: `${row.title} ${i}`,
      text: `${text}\n${i}`,
      contentHash: row.contentHash,
      savedAt: row.savedAt,
      updatedAt: row.updatedAt,
      extraction: { ...row.extraction, region: `测试${i}县` },
      corrections: {},
    });
    const reports = [copy(1, 2 ** 53), copy(2, 'abc'), copy(3, 2 ** 53)];
    const file = JSON.stringify({ format: 'gwr-lens-backup', version: 1, exported_at: '', count: 3, reports });
    const before = await recordCount(ext);

    const dash = await ext.context.newPage();
    await dash.goto(ext.url ? ext.url('/dashboard.html') : `chrome-extension://${ext.extensionId}/dashboard.html`);
    await dash.locator('[role=tab]', { hasText: '导入' }).click();
    await dash.waitForSelector('input[type=file]');
    await dash.evaluate((json) => {
      const input = document.querySelector('input[type=file]');
      const files = new DataTransfer();
      files.items.add(new File([json], 'backup.json', { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, file);
    await dash.waitForFunction(() => document.body.innerText.includes('导入完成'), null, { timeout: 30000 });
    await dash.close();
    assert.equal(await recordCount(ext), before + 3);

    const next = await open(url('www.hubei.gov.cn', '/zwgk/hbyw/hubei-2026-gwr.html'));
    const saved = (await saveByCommand(ext, next.tabId)).result;
    assert.equal(saved.status, 'created', 'saving works after the import');
    assert.ok(Number.isInteger(saved.id) && saved.id < 100, `a small fresh id: ${saved.id}`);
    assert.equal(await recordCount(ext), before + 4);
    await next.page.close();
  });
});

describe('the endless sentence', () => {
  it('saves the 27 KB page with a record bounded by its size', async () => {
    const { page, tabId } = await open(url('www.ankang.gov.cn', ENDLESS_PATH));
    const t0 = Date.now();
    const { result } = await saveByCommand(ext, tabId);
    const ms = Date.now() - t0;
    const { row } = await readRecord(result.id);
    const bytes = Buffer.byteLength(JSON.stringify(row));
    const input = Buffer.byteLength(a.endless.text);
    console.log(`# endless sentence: ${input} bytes of text saved in ${ms} ms as a ${bytes}-byte record`);
    // Linear: the record is at most 40 times the page's text (every item a short span and its offsets); the
    // quadratic output made it a thousand times (29 MB), which also took 18.8 s.
    assert.ok(bytes <= 40 * input, `the record is ${bytes} bytes for ${input} bytes of text`);
    await page.close();
  });
});
