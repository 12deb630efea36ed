// The invariants every extraction must keep, whatever the input. Returns a list of violations
// (empty when the output is sound) rather than throwing, so a fuzz run can report all of them.
import type { Extraction, Item, ProgressRow, TaskTarget } from '../../core/types';

const KINDS = new Set(['gwr', 'progress', 'other']);
const LEVELS = new Set(['national', 'province', 'prefecture', 'county', null]);
const MEASURES = new Set(['growth', 'level', 'rate', 'qualitative']);

const isNum = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const isNumOrNull = (v: unknown) => v === null || isNum(v);
const isStrOrNull = (v: unknown) => v === null || typeof v === 'string';

/** Problems with `out` as an extraction of `input` (the exact text the offsets refer to). */
export function checkExtraction(input: string, out: Extraction): string[] {
  const bad: string[] = [];
  const fail = (what: string) => bad.push(what);

  if (!KINDS.has(out.kind)) fail(`kind ${JSON.stringify(out.kind)}`);
  if (!isNum(out.confidence) || out.confidence < 0 || out.confidence > 1) fail(`confidence ${out.confidence}`);
  if (!Array.isArray(out.reasons) || out.reasons.some((r) => typeof r !== 'string')) fail('reasons not string[]');
  if (out.text_length !== input.length) fail(`text_length ${out.text_length} != input length ${input.length}`);
  for (const k of ['region', 'province', 'meeting_date', 'speaker', 'period', 'title', 'url'] as const) {
    if (!isStrOrNull(out[k])) fail(`${k} is ${typeof out[k]}`);
  }
  if (!LEVELS.has(out.level)) fail(`level ${JSON.stringify(out.level)}`);
  for (const k of ['report_year', 'review_year'] as const) {
    const y = out[k];
    if (y !== null && !(Number.isInteger(y) && y >= 1949 && y <= 2200)) fail(`${k} ${y}`);
  }
  if (out.meeting_date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(out.meeting_date))
    fail(`meeting_date ${out.meeting_date}`);

  const span = (where: string, x: { text: string; start: number; end: number }) => {
    if (
      !Number.isInteger(x.start) ||
      !Number.isInteger(x.end) ||
      x.start < 0 ||
      x.end < x.start ||
      x.end > input.length
    ) {
      fail(`${where}: bad span [${x.start},${x.end}) for input length ${input.length}`);
      return;
    }
    if (x.text !== input.slice(x.start, x.end)) {
      fail(
        `${where}: text ${JSON.stringify(x.text.slice(0, 80))} != input.slice(${x.start},${x.end}) ${JSON.stringify(input.slice(x.start, x.end).slice(0, 80))}`,
      );
    }
  };

  const item = (where: string, it: Item) => {
    span(where, it);
    if (typeof it.indicator !== 'string' || !it.indicator) fail(`${where}: indicator ${JSON.stringify(it.indicator)}`);
    if (typeof it.label !== 'string') fail(`${where}: label not a string`);
    else if (it.label !== it.label.trim()) fail(`${where}: label has outer whitespace ${JSON.stringify(it.label)}`);
    if (!MEASURES.has(it.measure)) fail(`${where}: measure ${JSON.stringify(it.measure)}`);
    if (!isNumOrNull(it.value)) fail(`${where}: value ${it.value}`);
    if (!isNumOrNull(it.value_max)) fail(`${where}: value_max ${it.value_max}`);
    if (!isStrOrNull(it.unit) || !isStrOrNull(it.qualifier)) fail(`${where}: unit/qualifier not string|null`);
  };
  if (
    !Array.isArray(out.targets) ||
    !Array.isArray(out.actuals) ||
    !Array.isArray(out.tasks) ||
    !Array.isArray(out.rows)
  ) {
    fail('targets/actuals/tasks/rows must be arrays');
    return bad;
  }
  out.targets.forEach((it, i) => item(`targets[${i}]`, it));
  out.actuals.forEach((it, i) => item(`actuals[${i}]`, it));
  out.tasks.forEach((t: TaskTarget, i) => {
    const where = `tasks[${i}]`;
    span(where, t);
    if (!isNum(t.value)) fail(`${where}: value ${t.value}`);
    if (!isNumOrNull(t.value_max)) fail(`${where}: value_max ${t.value_max}`);
    if (typeof t.label !== 'string' || typeof t.section !== 'string') fail(`${where}: label/section not strings`);
    // Labels group tasks across reports and years: ' 新建高标准农田' must not differ from '新建高标准农田'.
    else if (t.label !== t.label.trim()) fail(`${where}: label has outer whitespace ${JSON.stringify(t.label)}`);
    // Optional offsets of the sentence (added to TaskTarget later): when present they must match too.
    const ss = (t as { sentence_start?: number }).sentence_start,
      se = (t as { sentence_end?: number }).sentence_end;
    if (ss !== undefined || se !== undefined) {
      if (!Number.isInteger(ss) || !Number.isInteger(se) || ss! < 0 || se! < ss! || se! > input.length)
        fail(`${where}: bad sentence span [${ss},${se})`);
      else if (t.sentence !== input.slice(ss, se)) fail(`${where}: sentence != input.slice(${ss},${se})`);
      else if (ss! > t.start || se! < t.end)
        fail(`${where}: span [${t.start},${t.end}) outside its sentence [${ss},${se})`);
    }
    if (typeof t.sentence !== 'string' || !input.includes(t.sentence))
      fail(`${where}: sentence is not a span of the input`);
    else if (!t.sentence.includes(t.text))
      fail(
        `${where}: text ${JSON.stringify(t.text.slice(0, 60))} lies outside its sentence ${JSON.stringify(t.sentence.slice(0, 60))}`,
      );
  });
  out.rows.forEach((r: ProgressRow, i) => {
    const where = `rows[${i}]`;
    if (!isNum(r.no)) fail(`${where}: no ${r.no}`);
    for (const k of ['task', 'progress', 'status'] as const)
      if (typeof r[k] !== 'string') fail(`${where}: ${k} not a string`);
    if (
      !Array.isArray(r.lead) ||
      !Array.isArray(r.partners) ||
      [...r.lead, ...r.partners].some((x) => typeof x !== 'string')
    ) {
      fail(`${where}: lead/partners not string[]`);
    }
  });

  // Plain data only: what storage and the views receive must survive JSON unchanged (no NaN,
  // no Infinity, no DOM nodes, no class instances).
  const nonPlain = findNonPlain(out);
  if (nonPlain) fail(`not plain data at ${nonPlain}`);
  return bad;
}

/** Path to the first value that is not JSON-plain (string, finite number, boolean, null, array, plain object). */
export function findNonPlain(v: unknown, path = '$'): string | null {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? null : `${path} (${v})`;
  if (v === undefined) return null; // optional fields left out
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const p = findNonPlain(v[i], `${path}[${i}]`);
      if (p) return p;
    }
    return null;
  }
  if (typeof v === 'object') {
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return `${path} (${proto?.constructor?.name ?? 'object'})`;
    for (const [k, x] of Object.entries(v)) {
      const p = findNonPlain(x, `${path}.${k}`);
      if (p) return p;
    }
    return null;
  }
  return `${path} (${typeof v})`;
}

/** A short, safe description of an input for a failure message. */
export function preview(s: string, n = 120): string {
  return `${s.length} chars ${JSON.stringify(s.length > n ? s.slice(0, n) + '…' : s)}`;
}
