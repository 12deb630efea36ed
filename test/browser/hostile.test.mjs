// A hostile report page in the real extension (test/fixtures/hostile/markup-in-text.html at a gov.cn
// address): escaped <script>, <img onerror>, <iframe> and javascript: URLs inside its sentences and
// title. Saved, then shown in the popup (every source sentence opened) and the dashboard: the title
// appears as literal text, no dialog opens, no markup or script URL of the page becomes an element.
// Run after a build: `npm run build && [BROWSER=firefox] node --test test/browser/hostile.test.mjs`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, launch, openPopup, recordCount, saveByCommand, tabIdOf, waitForBadge } from './harness.mjs';

const FILE = join(ROOT, 'test/fixtures/hostile/markup-in-text.html');
const PATH = '/art/2026/1/12/art_1_hostile.html';

let server;
let ext;
let url;

before(async () => {
  const html = await readFile(FILE);
  server = createServer((req, res) => {
    if (new URL(req.url ?? '/', 'http://x').pathname !== PATH) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  url = `http://www.ankang.gov.cn:${server.address().port}${PATH}`;
  ext = await launch({ headless: true });
});

after(async () => {
  await ext?.close();
  await new Promise((ok) => server?.close(ok));
});

/** What in an extension page could run or navigate: inline scripts, handlers, frames, script URLs. */
function dangerous() {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'script' && !el.src) found.push('inline script');
    if (['iframe', 'object', 'embed', 'svg', 'img'].includes(tag)) found.push(tag);
    for (const a of el.attributes) {
      if (a.name.startsWith('on')) found.push(`${tag}[${a.name}]`);
      if (/^\s*javascript:/i.test(a.value)) found.push(`${tag}[${a.name}=javascript:]`);
    }
  }
  return found;
}

function watchDialogs(page, dialogs) {
  page.on('dialog', async (d) => {
    dialogs.push(`${page.url()}: ${d.message()}`);
    await d.dismiss();
  });
}

describe('hostile page', () => {
  let tabId;
  const dialogs = [];

  it('is noticed and saved', async () => {
    const page = await ext.newPage();
    page.on('dialog', (d) => d.dismiss()); // the page's own alerts are the page's business
    await page.goto(url);
    tabId = await tabIdOf(ext, url);
    assert.equal((await waitForBadge(ext, tabId)).text, '报');
    const before = await recordCount(ext);
    await saveByCommand(ext, tabId);
    assert.equal(await recordCount(ext), before + 1);
  });

  it('shows the markup in the popup as text, with every source sentence open', async () => {
    const popup = await openPopup(ext, tabId);
    watchDialogs(popup, dialogs);
    await popup.waitForFunction(() => document.body.innerText.includes('已保存'), null, { timeout: 10000 });
    await popup.evaluate(() =>
      document.querySelectorAll('details').forEach((d) => {
        d.open = true;
      }),
    );
    const text = await popup.evaluate(() => document.body.innerText);
    assert.match(text, /<\/title><script>alert\(1\)<\/script>安康市2026年政府工作报告/, 'the title is shown literally');
    assert.match(text, /地区生产总值增长5%左右/, 'the targets are read past the markup around them');
    assert.deepEqual(await popup.evaluate(dangerous), []);
    assert.equal(await popup.evaluate(() => Object.keys(window).filter((k) => k.startsWith('PWNED')).length), 0);
    await popup.close();
  });

  it('lists it in the dashboard as text, its address not a script link', async () => {
    const dash = await ext.newPage();
    watchDialogs(dash, dialogs);
    await dash.goto(ext.url('dashboard.html'));
    await dash.waitForFunction(() => document.body.innerText.includes('安康市'), null, { timeout: 30000 });
    const text = await dash.evaluate(() => document.body.innerText);
    assert.match(text, /<\/title><script>alert\(1\)<\/script>安康市2026年政府工作报告/, 'the title is shown literally');
    assert.deepEqual(await dash.evaluate(dangerous), []);
    const links = await dash.evaluate(() =>
      [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
    );
    assert.ok(
      links.every((h) => !/^\s*javascript:/i.test(h)),
      `links: ${links.join(' ')}`,
    );
    await dash.close();
  });

  it('opened no dialog in any extension page', () => {
    assert.deepEqual(dialogs, []);
  });
});
