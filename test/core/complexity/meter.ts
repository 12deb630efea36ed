// A work meter for complexity tests that cannot depend on the machine's speed: while it runs a function,
// the String, RegExp and Array methods that read text or walk lists add what they read to a count
// (characters compared or copied, elements visited). The count is the same on every run of the same
// input, so `npm test` can check that work grows linearly (work at 10n against work at n) without a clock.
//
// It is measured from the outside: a rule that rescans the text from its start for every sentence adds
// to the count whatever it calls to do so (slice, includes, indexOf, a regex), with no counter to forget.
// What it does not see: plain loops over charCodeAt are counted per call, and a regex's backtracking is
// counted as one pass (the wall-clock patterns in test/perf/ are for that).

type Method = (this: unknown, ...args: never[]) => unknown;

let count = 0;
let sites: Map<string, number> | null = null; // work by the line of the caller, when asked for

let calls = 0;
let lastSeen = 0;
const SAMPLE = 512; // a stack is read once per this many calls: reading one per call would take minutes

/**
 * Adds `n` to the count. When sites are kept, the calling line (the first frame outside the meter and
 * the engine) is read for every call of 1,024 steps or more, and for every SAMPLE-th of the others, which
 * gets the small work since the last sample: an estimate, for diagnosis.
 */
function add(n: number): void {
  count += n;
  if (!sites) return;
  const big = n >= 1024;
  if (big) count -= n; // attributed on its own below, not to the sample
  if (!big && ++calls % SAMPLE !== 0) return;
  const frames = (new Error().stack ?? '').split('\n').slice(2);
  const own = frames.find((f) => !f.includes('meter.ts') && !f.includes('(<anonymous>)') && !f.includes('(native)'));
  const frame = own?.trim().replace(/^at /, '') ?? '?';
  const w = big ? n : count - lastSeen;
  sites.set(frame, (sites.get(frame) ?? 0) + w);
  if (big) count += n;
  lastSeen = count;
}

const len = (x: unknown) => (typeof x === 'string' || Array.isArray(x) ? x.length : 0);

/** What each patched method costs, from its receiver, arguments and result. */
const STRING_COSTS: Record<string, (self: string, args: unknown[], out: unknown) => number> = {
  charCodeAt: () => 1,
  codePointAt: () => 1,
  charAt: () => 1,
  at: () => 1,
  slice: (_s, _a, out) => 1 + len(out),
  substring: (_s, _a, out) => 1 + len(out),
  indexOf: (s, a, out) => scanForward(s, a, out as number),
  includes: (s, a) => scanForward(s, a, s.indexOf(String(a[0]), Number(a[1] ?? 0))),
  lastIndexOf: (s, a, out) => {
    const from = a[1] === undefined ? s.length : Math.min(s.length, Number(a[1]));
    return 1 + ((out as number) < 0 ? from : from - (out as number));
  },
  startsWith: (_s, a) => 1 + len(a[0]),
  endsWith: (_s, a) => 1 + len(a[0]),
  split: (s) => 1 + s.length,
  replace: (s, _a, out) => 1 + Math.max(s.length, len(out)),
  replaceAll: (s, _a, out) => 1 + Math.max(s.length, len(out)),
  trim: (s) => 1 + s.length,
  trimStart: (s) => 1 + s.length,
  trimEnd: (s) => 1 + s.length,
  repeat: (_s, _a, out) => 1 + len(out),
  padStart: (_s, _a, out) => 1 + len(out),
  padEnd: (_s, _a, out) => 1 + len(out),
  concat: (_s, _a, out) => 1 + len(out),
  toLowerCase: (s) => 1 + s.length,
  toUpperCase: (s) => 1 + s.length,
  normalize: (s) => 1 + s.length,
};

function scanForward(s: string, a: unknown[], found: number): number {
  const from = Math.max(0, Math.min(s.length, Number(a[1] ?? 0) || 0));
  return 1 + (found < 0 ? s.length - from : found - from + len(a[0]));
}

// Array methods that call back: each call of the callback is one step (an early exit stops the count).
const CALLBACK_METHODS = [
  'some',
  'every',
  'find',
  'findIndex',
  'findLast',
  'findLastIndex',
  'filter',
  'map',
  'flatMap',
  'forEach',
  'reduce',
  'sort',
] as const;

const ARRAY_COSTS: Record<string, (self: unknown[], args: unknown[], out: unknown) => number> = {
  includes: (self, a) => 1 + stoppedAt(self.indexOf(a[0]), self.length),
  indexOf: (self, _a, out) => 1 + stoppedAt(out as number, self.length),
  lastIndexOf: (self, _a, out) => 1 + ((out as number) < 0 ? self.length : self.length - (out as number)),
  join: (_self, _a, out) => 1 + len(out),
  slice: (_self, _a, out) => 1 + len(out),
  concat: (_self, _a, out) => 1 + len(out),
  splice: (self) => 1 + self.length,
  unshift: (self) => 1 + self.length,
  reverse: (self) => 1 + self.length,
  fill: (self) => 1 + self.length,
};

const stoppedAt = (found: number, length: number) => (found < 0 ? length : found + 1);

// The engine's own calls inside a patched method (replace running exec, a cost reading indexOf) are
// part of that method's cost: counted once, at depth 0. A callback is the caller's code again: it counts.
let depth = 0;

type Cost = (self: never, args: unknown[], out: unknown, before: number) => number;

/** `before(self)`: state read before the call, for the cost (a regex's lastIndex). */
function patch<T extends object>(proto: T, name: string, cost: Cost, before = (_self: never) => 0) {
  const original = (proto as Record<string, Method>)[name];
  const wrapped = function (this: never, ...args: never[]) {
    if (depth > 0) return original.apply(this, args);
    depth++;
    try {
      const state = before(this);
      const out = original.apply(this, args);
      add(cost(this, args, out, state));
      return out;
    } finally {
      depth--;
    }
  };
  Object.defineProperty(proto, name, { value: wrapped, writable: true, configurable: true });
  return () => Object.defineProperty(proto, name, { value: original, writable: true, configurable: true });
}

/** A method that calls back: one step per callback, and the callback's own work counted as usual. */
function patchCallback(name: string) {
  const proto = Array.prototype as unknown as Record<string, Method>;
  const original = proto[name];
  const wrapped = function (this: never, ...args: never[]) {
    const fn = args[0] as unknown;
    if (depth > 0 || typeof fn !== 'function') {
      if (depth === 0) add(1 + len(this)); // sort() without a comparator
      return original.apply(this, args);
    }
    const counted = function (this: unknown, ...inner: unknown[]) {
      count++;
      const saved = depth;
      depth = 0;
      try {
        return (fn as Method).apply(this, inner as never[]);
      } finally {
        depth = saved;
      }
    };
    depth++;
    try {
      return original.apply(this, [counted, ...args.slice(1)] as never[]);
    } finally {
      depth--;
    }
  };
  Object.defineProperty(proto, name, { value: wrapped, writable: true, configurable: true });
  return () => Object.defineProperty(proto, name, { value: original, writable: true, configurable: true });
}

/** Characters a regex search passed over: from where it started to the end of its match, or of the text. */
function regexCost(re: RegExp, args: unknown[], out: unknown, lastIndex: number): number {
  const s = String(args[0]);
  const from = re.global || re.sticky ? Math.min(lastIndex, s.length) : 0;
  const m = out as RegExpExecArray | null;
  return 1 + (m ? Math.max(0, m.index + m[0].length - from) : s.length - from);
}

/**
 * Runs `fn` and returns what it returned and the work it did; with `bySite`, also an estimate of the
 * work of each calling line, largest first (for finding what grew, when a test fails). Not reentrant.
 */
export function metered<T>(fn: () => T, bySite = false): { result: T; work: number; sites: Array<[string, number]> } {
  const undo: Array<() => void> = [];
  for (const [name, cost] of Object.entries(STRING_COSTS)) undo.push(patch(String.prototype, name, cost));
  for (const [name, cost] of Object.entries(ARRAY_COSTS)) undo.push(patch(Array.prototype, name, cost as Cost));
  for (const name of CALLBACK_METHODS) undo.push(patchCallback(name));
  undo.push(patch(RegExp.prototype, 'exec', regexCost, (re: RegExp) => re.lastIndex));
  count = 0;
  depth = 0;
  calls = 0;
  lastSeen = 0;
  sites = bySite ? new Map() : null;
  try {
    const result = fn();
    const bySiteList = sites ? [...sites].sort((a, b) => b[1] - a[1]) : [];
    return { result, work: count, sites: bySiteList };
  } finally {
    sites = null;
    for (const u of undo.reverse()) u();
  }
}
