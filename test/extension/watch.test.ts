import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_LOOKS, THROTTLE_MS, WATCH_MS, watchForArticle } from '../../entrypoints/content/watch';

// A MutationObserver stand-in: the test says when the page changes.
let observers: { fire: () => void; connected: boolean }[] = [];
class FakeObserver {
  connected = false;
  constructor(private cb: () => void) {}
  observe() {
    this.connected = true;
    observers.push({ fire: () => this.connected && this.cb(), connected: true });
  }
  disconnect() {
    this.connected = false;
  }
}
const doc = { body: {} } as unknown as Document;
const change = () => observers.forEach((o) => o.fire());

describe('watchForArticle', () => {
  beforeEach(() => {
    observers = [];
    vi.useFakeTimers();
    vi.stubGlobal('MutationObserver', FakeObserver);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('looks again after a change, throttled, and stops once found', async () => {
    const look = vi.fn(async () => look.mock.calls.length >= 2);
    watchForArticle(doc, look);
    change();
    change(); // within the same throttle window: one look
    await vi.advanceTimersByTimeAsync(THROTTLE_MS);
    expect(look).toHaveBeenCalledTimes(1);
    change();
    await vi.advanceTimersByTimeAsync(THROTTLE_MS);
    expect(look).toHaveBeenCalledTimes(2); // found
    change();
    await vi.advanceTimersByTimeAsync(THROTTLE_MS);
    expect(look).toHaveBeenCalledTimes(2);
  });

  it('looks a few times at most and not after the watch ends', async () => {
    const look = vi.fn(async () => false);
    watchForArticle(doc, look);
    for (let i = 0; i < MAX_LOOKS + 3; i++) {
      change();
      await vi.advanceTimersByTimeAsync(THROTTLE_MS);
    }
    expect(look).toHaveBeenCalledTimes(MAX_LOOKS);

    const later = vi.fn(async () => false);
    watchForArticle(doc, later);
    await vi.advanceTimersByTimeAsync(WATCH_MS);
    change();
    await vi.advanceTimersByTimeAsync(THROTTLE_MS);
    expect(later).not.toHaveBeenCalled();
  });

  it('does nothing without a page to watch', () => {
    expect(() =>
      watchForArticle({ body: null, documentElement: null } as unknown as Document, async () => true),
    ).not.toThrow();
  });
});
