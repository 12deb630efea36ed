// The one entry point from text to a report record. Pure: the caller passes text, URL and title.
import { normalize, normalizeVisible } from './text/normalize';
import { mapSpan, stripInvisible } from './text/invisible';
import { detect } from './read/detect';
import { extractMetadata } from './read/metadata';
import { extractTargets, findTargetsPassage } from './read/targets';
import { extractActuals } from './read/actuals';
import { extractTasks } from './read/tasks';
import { parseProgressText } from './read/progress';
import type { Extraction, Item, PageInput, ProgressRow, TaskTarget } from './types';

export interface ExtractOptions {
  /** Progress rows read from real HTML tables (core/shapes/page.ts); used instead of the flattened-text parser. */
  tableRows?: ProgressRow[];
}

export function extractReport(input: PageInput, options: ExtractOptions = {}): Extraction {
  const given = input.text ?? '';
  const norm = normalizeVisible(given);
  if (norm !== null) return extractClean(given, norm, input, options);
  const { text, origin } = stripInvisible(given);
  const out = extractClean(text, normalize(text), input, options);
  if (!origin) return out;
  const back = <T extends Item | TaskTarget>(x: T) => mapSpan(x, given, origin);
  return {
    ...out,
    targets: out.targets.map(back),
    actuals: out.actuals.map(back),
    tasks: out.tasks.map(back),
    text_length: given.length,
  };
}

/** `norm` is normalize(text); `text` has no invisible characters. */
function extractClean(text: string, norm: string, input: PageInput, options: ExtractOptions): Extraction {
  const detection = detect(norm, { url: input.url ?? '', title: input.title ?? '' });
  const site = input.site ? normalize(input.site) : '';
  const meta = extractMetadata(norm, { url: input.url ?? '', title: input.title ?? '', kind: detection.kind, site });
  const isReport = detection.kind === 'gwr';
  const passage = isReport ? findTargetsPassage(norm) : null;
  const targets = isReport ? extractTargets(norm, text, passage) : [];
  const actuals = isReport ? extractActuals(norm, text, { reviewYear: meta.review_year, targets, passage }) : [];
  const tasks = isReport ? extractTasks(norm, text) : [];
  let rows: ProgressRow[] = [];
  if (detection.kind === 'progress')
    rows = options.tableRows?.length ? options.tableRows : parseProgressText(norm, text);
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
