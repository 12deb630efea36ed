// The one entry point from text to a report record. Pure: the caller passes text, URL and title.
import { normalize } from './text/normalize';
import { clean, mapRange, mapSpan } from './text/clean';
import { detect } from './read/detect';
import { extractMetadata } from './read/metadata';
import { extractTargets, findTargetsPassage } from './read/targets';
import { extractActuals } from './read/actuals';
import { extractTasks } from './read/tasks';
import { parseProgressText } from './read/progress';
import { LIMITS, LimitLog } from './read/limits';
import type { Trace } from './read/trace';
import type { Extraction, Item, PageInput, ProgressRow, TaskTarget } from './types';

export interface ExtractOptions {
  /** Progress rows read from real HTML tables (core/shapes/page.ts); used instead of the flattened-text parser. */
  tableRows?: ProgressRow[];
  /** Records what the sentence reader read and decided (core/read/explain.ts). */
  trace?: Trace;
}

export function extractReport(input: PageInput, options: ExtractOptions = {}): Extraction {
  const whole = input.text ?? '';
  const log = new LimitLog();
  // Only the first LIMITS.characters are read: offsets into this prefix are offsets into the input.
  const given = whole.length > LIMITS.characters ? whole.slice(0, LIMITS.characters) : whole;
  if (given !== whole) log.reached('characters', LIMITS.characters);
  const out = extractVisible(given, input, options, log);
  out.text_length = whole.length;
  const limits = log.list();
  if (limits.length) out.limits = limits;
  return out;
}

/** Extraction on the cleaned text (core/text/clean.ts), its spans mapped back to `given`. */
function extractVisible(given: string, input: PageInput, options: ExtractOptions, log: LimitLog): Extraction {
  const cleaned = clean(given);
  const { text } = cleaned;
  const out = extractClean(text, normalize(text), input, options, log);
  if (!cleaned.origin) return out;
  log.mapBack((at) => mapRange(at, at, cleaned)[0]);
  const moved = new Map<Item, Item>();
  const back = <T extends Item | TaskTarget>(x: T) => {
    const y = mapSpan(x, given, cleaned);
    if ('indicator' in x) moved.set(x, y as Item);
    return y;
  };
  const mapped = {
    ...out,
    targets: out.targets.map(back),
    actuals: out.actuals.map(back),
    tasks: out.tasks.map(back),
  };
  options.trace?.mapBack((a, b) => mapRange(a, b, cleaned), given, moved);
  return mapped;
}

/** `norm` is normalize(text); `text` is cleaned (no entities, escapes or invisible characters). */
function extractClean(
  text: string,
  norm: string,
  input: PageInput,
  options: ExtractOptions,
  log: LimitLog,
): Extraction {
  const detection = detect(norm, { url: input.url ?? '', title: input.title ?? '' });
  const site = input.site ? normalize(input.site) : '';
  const meta = extractMetadata(norm, { url: input.url ?? '', title: input.title ?? '', kind: detection.kind, site });
  const isReport = detection.kind === 'gwr';
  const passage = isReport ? findTargetsPassage(norm, log) : null;
  const trace = options.trace;
  const targets = isReport ? log.cap('targets', extractTargets(norm, text, passage, log, trace), trace) : [];
  const actuals = isReport
    ? log.cap(
        'actuals',
        extractActuals(norm, text, { reviewYear: meta.review_year, targets, passage, log, trace }),
        trace,
      )
    : [];
  const tasks = isReport ? log.cap('tasks', extractTasks(norm, text)) : [];
  let rows: ProgressRow[] = [];
  if (detection.kind === 'progress')
    rows = options.tableRows?.length ? options.tableRows : parseProgressText(norm, text);
  if (rows.length > LIMITS.rows) {
    log.reached('rows', LIMITS.rows);
    rows = rows.slice(0, LIMITS.rows);
  }
  return {
    kind: detection.kind,
    confidence: detection.confidence,
    reasons: detection.reasons,
    ...meta,
    title: input.title ?? null,
    url: input.url ?? null,
    targets,
    actuals,
    tasks,
    rows,
    text_length: text.length,
  };
}
