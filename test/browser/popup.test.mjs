// The popup at its real size (440×600), by position, not presence: with last year's report of the region saved
// the verdict line is on the first screen; with ten peers saved their names show without a click; a progress
// notice shows its counts and first slow task on the first screen and no task twice; the badge and the popup
// both say "saved" at a share's variant of a saved page's address and at a mirror.
// Run after a build: `node --test --test-concurrency=1 test/browser/run.mjs test/browser/popup.test.mjs`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  badgeOf,
  launch,
  openPopup,
  saveByCommand,
  servePages,
  setLanguage,
  tabIdOf,
  waitForBadge,
} from './harness.mjs';

const SCREEN = 600;
const PAGE = {
  gwr: ['www.tianmen.gov.cn', '/zwgk/zfgzbg/tianmen-2023-gwr.html'],
  share: ['www.tianmen.gov.cn', '/zwgk/zfgzbg/tianmen-2023-gwr.html?from=singlemessage&isappinstalled=0'],
  mirror: ['zwgk.tianmen.gov.cn', '/mirror/2023/01/tianmen-2023-gwr.html'],
  next: ['www.tianmen.gov.cn', '/zwgk/zfgzbg/tianmen-2024-gwr.html'],
  notice: ['www.tianmen.gov.cn', '/zwgk/zcjd/tianmen-2023-h1-progress.html'],
  province: ['www.hubei.gov.cn', '/zwgk/hbyw/hubei-2026-gwr.html'],
};
// Ten other cities' 2023 reports (corpus texts served as pages): Tianmen's peers.
const PEERS = ['binzhou', 'gaoan', 'handan', 'heyuan', 'lincang', 'longnan', 'luzhou', 'maoming', 'meizhou', 'ningbo'];

let server;
let ext;

async function open(host, path) {
  const url = server.url(host, path);
  const page = await ext.newPage();
  const t0 = Date.now();
  await page.goto(url);
  const tabId = await tabIdOf(ext, url);
  assert.ok(tabId, `no tab for ${url}`);
  return { page, tabId, t0 };
}

/** The popup once its comparison has answered. */
async function settledPopup(tabId) {
  const popup = await openPopup(ext, tabId);
  await popup.waitForSelector('[data-slot=compare][data-state=done]', { timeout: 60_000 });
  return popup;
}

/** The element's box in the popup's viewport (after any scroll), as getBoundingClientRect gives it. */
const rectOf = (popup, css) =>
  popup.evaluate((sel) => {
    const r = document.querySelector(sel)?.getBoundingClientRect();
    return r ? { top: r.top, bottom: r.bottom, height: r.height } : null;
  }, css);

function onFirstScreen(rect, what) {
  assert.ok(rect, `${what} is rendered`);
  assert.ok(rect.height > 0, `${what} has a height`);
  assert.ok(rect.top >= 0 && rect.bottom <= SCREEN, `${what} within the first ${SCREEN} px: ${JSON.stringify(rect)}`);
}

before(async () => {
  server = await servePages();
  ext = await launch({ headless: true });
  await setLanguage(ext, 'zh_CN');
});

after(async () => {
  await ext?.close();
  await server?.close();
});

describe('the popup at 440×600', () => {
  it('says saved in the badge and the popup alike, at a share variant and at a mirror of a saved page', async () => {
    const saved = await open(...PAGE.gwr);
    const { result } = await saveByCommand(ext, saved.tabId);
    assert.equal(result.status, 'created');
    assert.equal(await badgeOf(ext, saved.tabId), '✓');
    for (const key of ['share', 'mirror']) {
      const { tabId, t0 } = await open(...PAGE[key]);
      assert.equal((await waitForBadge(ext, tabId, { since: t0 })).text, '✓', `badge at the ${key} address`);
      const popup = await openPopup(ext, tabId);
      assert.equal(await popup.locator('.save-bar').getAttribute('data-saved'), 'yes', `popup at the ${key} address`);
      assert.match(await popup.locator('.save-bar').innerText(), /已保存/);
      assert.equal(await badgeOf(ext, tabId), '✓', `badge at the ${key} address once the page is read`);
      await popup.close();
    }
  });

  it("puts last year's verdict on the first screen, and its line scrolls to the outcomes", async () => {
    const { tabId } = await open(...PAGE.next); // 2024; the 2023 report is saved above
    const popup = await settledPopup(tabId);
    const line = '[data-verdicts=done] [data-verdict=outcomes]';
    onFirstScreen(await rectOf(popup, line), 'the outcomes verdict');
    const text = await popup.locator(line).innerText();
    assert.match(text, /2023年目标：/);
    assert.match(text, /\d+ 达成/);
    assert.match(text, /\d+ 未达成/);
    onFirstScreen(await rectOf(popup, '[data-verdict=changes]'), 'the changes verdict');
    assert.ok((await rectOf(popup, '#cmp-outcomes')).top > SCREEN, 'the outcomes table starts below the first screen');
    await popup.locator(`${line} a`).click();
    await popup.waitForFunction(() => {
      const r = document.getElementById('cmp-outcomes').getBoundingClientRect();
      return r.top >= 0 && r.top < 600;
    });
    await popup.close();
  });

  it('names every saved peer without a click, this region marked, the rank worded with its direction', async () => {
    for (const name of PEERS) {
      const { page, tabId } = await open(`www.${name}.gov.cn`, `/corpus/${name}-2023-gwr.html`);
      const { result } = await saveByCommand(ext, tabId);
      assert.equal(result.status, 'created', name);
      await page.close();
    }
    const { tabId } = await open(...PAGE.gwr);
    const popup = await settledPopup(tabId);
    const verdict = '[data-verdicts=done] [data-verdict=peers]';
    onFirstScreen(await rectOf(popup, verdict), 'the peers verdict');
    assert.match(await popup.locator(verdict).innerText(), /与同年 10 个地区比/);
    // No collapsed list: every bar's name is on screen once the peers section is in view.
    await popup.locator(`${verdict} a`).click();
    const bars = await popup.evaluate(() =>
      [...document.querySelectorAll('#cmp-peers .gl-bar')].map((li) => {
        const name = li.querySelector('.gl-bar-name');
        const r = name.getBoundingClientRect();
        return { region: li.dataset.region, text: name.innerText, height: r.height, mine: li.matches('.gl-mine') };
      }),
    );
    const others = new Set(bars.filter((b) => !b.mine).map((b) => b.region));
    assert.equal(others.size, 10, `ten peers named: ${[...others]}`);
    assert.ok(
      bars.every((b) => b.height > 0 && b.text.startsWith(b.region)),
      'each name is shown',
    );
    assert.equal(await popup.locator('#cmp-peers details:not([open]) ul').count(), 0, 'no list behind a click');
    const first = popup.locator('#cmp-peers .gl-peer').first();
    assert.ok((await first.locator('.gl-mine').count()) === 1, 'this region is marked');
    assert.match(await first.locator('.gl-rank').innerText(), /^第 \d+ 高 \/ \d+$/);
    assert.match(await first.locator('.gl-level').first().innerText(), /^[省市县]$/);
    // The first figure's bars are on screen after the verdict line's scroll.
    const box = await rectOf(popup, '#cmp-peers .gl-peer .gl-bar');
    onFirstScreen(box, 'the first peer bar');
    await popup.close();
  });

  it("shows a notice's counts and first slow task on the first screen, and no task twice", async () => {
    const { tabId } = await open(...PAGE.notice);
    const popup = await settledPopup(tabId);
    onFirstScreen(await rectOf(popup, '[data-list=rows] .gl-status-bar'), 'the status counts');
    onFirstScreen(await rectOf(popup, '.slow-tasks li'), 'the first slow task');
    assert.match(await popup.locator('[data-list=rows] .gl-counts').innerText(), /推进缓慢: \d+/);
    assert.match(await popup.locator('.slow-tasks li').first().innerText(), /推进缓慢/);
    const numbers = await popup.evaluate(() =>
      [...document.querySelectorAll('[data-task]')].map((e) => e.dataset.task),
    );
    assert.ok(numbers.length > 0);
    assert.equal(new Set(numbers).size, numbers.length, `a task listed twice: ${numbers}`);
    const all = await popup.locator('[data-action=all-tasks]').innerText();
    const total = Number(/全部 (\d+) 项/.exec(all)?.[1]);
    assert.ok(total > numbers.length, `the popup lists the slow tasks (${numbers.length}), not all ${total}`);
    await popup.close();
  });

  it('corrects before saving: Escape leaves the editor, the save keeps value, unit and qualifier, 恢复 undoes it', async () => {
    const { tabId } = await open(...PAGE.province);
    const popup = await openPopup(ext, tabId);
    assert.equal(await popup.locator('.save-bar').getAttribute('data-saved'), 'no');
    const row = popup.locator('[data-list=targets] tr').first();
    const before = await row.locator('td.num').innerText();
    await row.locator('button[data-action=correct]').click();
    await row.locator('input[name=value]').waitFor();
    await row.locator('input[name=value]').fill('99');
    // Escape as the input receives it (a dispatched key: Firefox's page API has no keyboard).
    await popup.evaluate(() =>
      document
        .querySelector('[data-list=targets] input[name=value]')
        .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })),
    );
    await popup.waitForFunction(() => !document.querySelector('[data-list=targets] tr input'));
    assert.equal(await row.locator('td.num').innerText(), before, 'Escape changes nothing');

    await row.locator('button[data-action=correct]').click();
    await row.locator('input[name=value]').fill('9.5');
    await row.locator('input[name=unit]').fill('%');
    await row.locator('input[name=qualifier]').fill('以上');
    // Enter in the editor (a dispatched submit: Firefox's driver has no keyboard).
    await popup.evaluate(() => document.querySelector('[data-list=targets] form.item-editor').requestSubmit());
    await popup.waitForSelector('[data-list=targets] tr .tag');
    assert.match(await row.locator('td.num').innerText(), /^9\.5% 以上/);
    assert.match(await popup.locator('[data-notice=pending]').innerText(), /保存时/);
    await popup.locator('button[data-action=save]').click();
    await popup.waitForSelector('.save-bar[data-saved=yes]');
    await popup.close();

    const again = await openPopup(ext, tabId);
    const saved = again.locator('[data-list=targets] tr').first();
    assert.match(await saved.locator('td.num').innerText(), /^9\.5% 以上/, 'the save kept the correction');
    await saved.locator('button[data-action=correct]').click();
    await saved.locator('button[data-action=restore]').click();
    await again.waitForFunction(() => !document.querySelector('[data-list=targets] tr .tag'));
    assert.equal(await saved.locator('td.num').innerText(), before, 'restored to what was read');
    await again.close();
  });
});
