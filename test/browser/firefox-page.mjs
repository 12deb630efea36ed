// A puppeteer page (Firefox, WebDriver BiDi) behind the part of Playwright's Page API that the browser tests
// use, with Playwright's meanings: locators are found again at each use and actions wait for their element
// (up to TIMEOUT). Not strict: where Playwright would refuse a locator that matches several elements, this
// takes the first. harness.mjs lists the subset.
const TIMEOUT = 30000;
const POLL = 50;

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Polls `probe` until it returns something truthy; throws `what` once `timeout` ms have passed. */
async function until(probe, what, timeout = TIMEOUT) {
  const t0 = Date.now();
  let last = null;
  for (;;) {
    const value = await probe().catch((e) => {
      // A page that is navigating has no realm to evaluate in for a moment: try again.
      if (!/detached|destroyed|navigat|realm|context/i.test(String(e?.message))) throw e;
      last = e;
      return null;
    });
    if (value) return value;
    if (Date.now() - t0 > timeout)
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${last ? ` (last: ${last.message})` : ''}`);
    await sleep(POLL);
  }
}

/** RegExps do not cross into the page as arguments: send their source and flags. */
const portable = (text) =>
  text instanceof RegExp ? { source: text.source, flags: text.flags } : text == null ? null : String(text);

/**
 * Runs in the page: the elements a chain of steps selects. A step is {css, hasText} (descendants of the
 * previous step's elements matching css and containing the text), {role, name} (a role Playwright knows,
 * buttons here) or {pick} ('first', 'last' or an index).
 */
function select(steps) {
  const matches = (text, want) => {
    if (want == null) return true;
    const norm = text.replace(/\s+/g, ' ').trim();
    return typeof want === 'string'
      ? norm.toLowerCase().includes(want.toLowerCase())
      : new RegExp(want.source, want.flags).test(norm);
  };
  let found = [document];
  for (const step of steps) {
    if (step.pick !== undefined) {
      const i = step.pick === 'first' ? 0 : step.pick === 'last' ? found.length - 1 : step.pick;
      found = found[i] ? [found[i]] : [];
      continue;
    }
    const css =
      step.role === 'button'
        ? 'button, [role=button], input[type=button], input[type=submit], input[type=reset]'
        : step.css;
    if (step.role && step.role !== 'button') throw new Error(`role ${step.role} is not supported in Firefox tests`);
    const next = [];
    for (const root of found) for (const el of root.querySelectorAll(css)) if (!next.includes(el)) next.push(el);
    found = next.filter((el) =>
      step.role
        ? matches(el.getAttribute('aria-label') || el.innerText || el.value || '', step.name)
        : matches(el.textContent, step.hasText),
    );
  }
  return found.filter((el) => el !== document);
}

class Locator {
  constructor(page, steps) {
    this.page = page;
    this.steps = steps;
  }
  locator(css, { hasText } = {}) {
    return new Locator(this.page, [...this.steps, { css, hasText: portable(hasText) }]);
  }
  first() {
    return new Locator(this.page, [...this.steps, { pick: 'first' }]);
  }
  last() {
    return new Locator(this.page, [...this.steps, { pick: 'last' }]);
  }
  nth(i) {
    return new Locator(this.page, [...this.steps, { pick: i }]);
  }
  count() {
    return this.page.raw.evaluate(`(${select})(${JSON.stringify(this.steps)}).length`);
  }
  /** Runs `fn(element, arg)` on the first element once there is one. */
  async #on(fn, arg) {
    const call = `(el, arg) => (${fn})(el, arg)`;
    const found = await until(
      () =>
        this.page.raw.evaluate(
          `(() => { const el = (${select})(${JSON.stringify(this.steps)})[0]; return el ? { v: (${call})(el, ${JSON.stringify(arg ?? null)}) } : null; })()`,
        ),
      `an element for ${JSON.stringify(this.steps)}`,
    );
    return found.v;
  }
  innerText() {
    return this.#on((el) => el.innerText);
  }
  textContent() {
    return this.#on((el) => el.textContent);
  }
  getAttribute(name) {
    return this.#on((el, n) => el.getAttribute(n), name);
  }
  /** As Playwright: the box in the viewport's coordinates, or null for an element not rendered. */
  boundingBox() {
    return this.#on((el) => {
      if (!el.getClientRects().length) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
  }
  async scrollIntoViewIfNeeded() {
    await this.#on((el) => {
      const r = el.getBoundingClientRect();
      if (r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth)
        el.scrollIntoView({ block: 'center', inline: 'nearest' });
      return true;
    });
  }
  isVisible() {
    return this.page.raw.evaluate(
      `(() => { const el = (${select})(${JSON.stringify(this.steps)})[0]; return !!el && el.getClientRects().length > 0; })()`,
    );
  }
  async waitFor({ state = 'visible', timeout = TIMEOUT } = {}) {
    await until(
      async () => (state === 'attached' ? (await this.count()) > 0 : this.isVisible()),
      `${state} ${JSON.stringify(this.steps)}`,
      timeout,
    );
  }
  /** A real click (the pointer, through WebDriver BiDi) on the element once it is visible. */
  async click() {
    await this.waitFor();
    const handle = await this.page.raw.evaluateHandle(`(${select})(${JSON.stringify(this.steps)})[0]`);
    try {
      await handle.asElement().click();
    } finally {
      await handle.dispose();
    }
  }
  /** As Playwright: focuses, replaces the value and fires `input` (and `change`). */
  async fill(value) {
    await this.waitFor();
    await this.#on((el, v) => {
      el.focus();
      const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement : HTMLInputElement;
      Object.getOwnPropertyDescriptor(proto.prototype, 'value').set.call(el, v);
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: v }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    }, value);
  }
}

/** Until the page's document has finished loading somewhere other than about:blank. */
export async function settled(page, url) {
  await until(
    () =>
      page.raw.evaluate(
        (want) =>
          document.readyState === 'complete' && location.href !== 'about:blank' && (!want || location.href === want),
        url ?? null,
      ),
    `${url ?? 'a page'} to load`,
  );
}

class FirefoxPage {
  constructor(raw) {
    this.raw = raw;
  }
  /**
   * Puppeteer does not see a moz-extension:// navigation finish: such a navigation is started, and the page
   * polled until it is there. Others are waited for as usual (the load event).
   */
  async goto(url) {
    if (!url.startsWith('moz-extension:')) return this.raw.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
    this.raw.goto(url, { timeout: 0 }).catch(() => {}); // never settles, or rejects when the tab closes
    await settled(this, url);
    return null;
  }
  async reload() {
    const url = await this.url();
    if (!url.startsWith('moz-extension:')) return this.raw.reload({ waitUntil: 'load', timeout: TIMEOUT });
    await this.raw.evaluate(() => location.reload());
    await sleep(POLL);
    await settled(this, url);
    return null;
  }
  url() {
    return this.raw.evaluate(() => location.href).catch(() => this.raw.url());
  }
  evaluate(fn, arg) {
    return this.raw.evaluate(fn, arg);
  }
  /**
   * As Playwright's (function, argument, options): polls until the function returns something truthy, and
   * resolves to it (to true for an object, such as an element, which does not come back from the page).
   */
  waitForFunction(fn, arg, { timeout = TIMEOUT } = {}) {
    const call = `(async () => { const v = await (${fn})(${JSON.stringify(arg ?? null)}); return v && typeof v === 'object' ? true : v; })()`;
    return until(() => this.raw.evaluate(call), `a condition: ${String(fn).slice(0, 120)}`, timeout);
  }
  waitForSelector(css, { state = 'visible', timeout = TIMEOUT } = {}) {
    return this.locator(css).waitFor({ state, timeout });
  }
  locator(css, { hasText } = {}) {
    return new Locator(this, [{ css, hasText: portable(hasText) }]);
  }
  getByRole(role, { name } = {}) {
    return new Locator(this, [{ role, name: portable(name) }]);
  }
  waitForTimeout(ms) {
    return sleep(ms);
  }
  setViewportSize({ width, height }) {
    return this.raw.setViewport({ width, height });
  }
  screenshot(options) {
    return this.raw.screenshot(options);
  }
  on(event, handler) {
    this.raw.on(event, handler);
    return this;
  }
  close() {
    return this.raw.close();
  }
}

export const wrapPage = (raw) => new FirefoxPage(raw);
