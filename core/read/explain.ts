// Why was this number kept or dropped? The extraction run with a trace (core/read/trace.ts): every
// sentence of the review and of the targets passage that was read (or passed over), the indicator names
// found in it, and for each of its numbers the items it gave and the rule that kept or dropped each.
// `npm run --silent extract -- --explain FILE` prints formatExplanation's text.
import { extractReport, type ExtractOptions } from '../extract';
import { Trace, kept, type NumberDecision, type Outcome, type SentenceRead } from './trace';
import type { RuleName } from './rules';
import type { Extraction, Item, PageInput } from '../types';

export interface Explanation {
  extraction: Extraction;
  sentences: SentenceRead[];
}

export function explain(input: PageInput, options: Omit<ExtractOptions, 'trace'> = {}): Explanation {
  const trace = new Trace();
  const extraction = extractReport(input, { ...options, trace });
  return { extraction, sentences: trace.sentences };
}

/** Every decision's rule, kept and dropped, for tests and summaries. */
export function decisions(e: Explanation): Array<{ kept: boolean; rule: RuleName; number: NumberDecision | null }> {
  const out: Array<{ kept: boolean; rule: RuleName; number: NumberDecision | null }> = [];
  for (const s of e.sentences) {
    if (s.skipped) out.push({ kept: false, rule: s.skipped, number: null });
    for (const n of s.numbers) {
      if (!n.outcomes.length) out.push({ kept: false, rule: n.rule, number: n });
      for (const o of n.outcomes) out.push({ kept: o.kept, rule: o.rule, number: n });
    }
    for (const o of s.qualitative) out.push({ kept: o.kept, rule: o.rule, number: null });
  }
  return out;
}

const oneLine = (s: string, max = 80) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max) + '…' : t;
};

const itemText = (i: Item) =>
  [
    i.indicator,
    i.measure,
    i.value === null ? '' : `${i.value}${i.value_max === null ? '' : '-' + i.value_max}`,
    i.unit ?? '',
    i.qualifier ?? '',
    i.relative_to ? `vs ${i.relative_to}` : '',
    i.estimated ? '(estimated)' : '',
  ]
    .filter(Boolean)
    .join(' ');

function outcomeLine(o: Outcome): string {
  return `${o.kept ? 'kept   ' : 'dropped'} ${itemText(o.item)} [${o.item.label}]  <- ${o.rule}`;
}

/** The explanation as text: a header, then per section each sentence and the fate of its numbers. */
export function formatExplanation(e: Explanation): string {
  const x = e.extraction;
  const lines = [
    `${x.kind} ${x.region ?? '?'} ${x.report_year ?? '?'} (review year ${x.review_year ?? '?'}): ` +
      `${x.targets.length} targets, ${x.actuals.length} results`,
  ];
  const tally = new Map<string, number>();
  for (const d of decisions(e))
    tally.set(`${d.kept ? '+' : '-'}${d.rule}`, (tally.get(`${d.kept ? '+' : '-'}${d.rule}`) ?? 0) + 1);
  lines.push(
    'rules: ' +
      [...tally]
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${v}`)
        .join(', '),
  );
  for (const section of ['review', 'targets'] as const) {
    const sentences = e.sentences.filter((s) => s.section === section);
    lines.push(
      '',
      `== ${section === 'review' ? 'review (results)' : 'targets passage'}: ${sentences.length} sentences ==`,
    );
    for (const s of sentences) {
      if (s.skipped) {
        lines.push(`[${s.start}] (not read: ${s.skipped}) ${oneLine(s.text, 50)}`);
        continue;
      }
      lines.push(`[${s.start}] ${oneLine(s.text, 200)}`);
      if (s.subjects.length) lines.push(`    names: ${s.subjects.map((n) => n.label).join(', ')}`);
      for (const n of s.numbers) {
        if (!n.outcomes.length) lines.push(`    ${n.text.padEnd(10)} dropped  <- ${n.rule}`);
        else for (const o of n.outcomes) lines.push(`    ${n.text.padEnd(10)} ${outcomeLine(o)}`);
      }
      for (const o of s.qualitative) lines.push(`    ${'(no number)'.padEnd(10)} ${outcomeLine(o)}`);
    }
  }
  const numbers = e.sentences.flatMap((s) => s.numbers);
  lines.push('', `${numbers.filter(kept).length} numbers kept, ${numbers.filter((n) => !kept(n)).length} dropped`);
  return lines.join('\n');
}
