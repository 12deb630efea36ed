// A sentence as a flat list of tokens for the reader (core/read/clauses.ts): indicator names
// (core/read/indicators.ts), quantities (core/text/numbers.ts) and clause breaks (，；：。).
import type { Ids, Lexicon } from './indicators';
import { readQuantity, type Quantity } from '../text/numbers';
import { charSet, hasCode, inSet, firstsOf } from '../text/charset';
import { words } from './phrases';
import type { RuleName } from './rules';

export interface Member {
  id: string | null; // null: a sub-aggregate that must not take the number
  label: string;
}

export interface IndTok {
  kind: 'ind';
  members: Member[];
  start: number;
  end: number;
}
export interface QtyTok {
  kind: 'qty';
  q: Quantity;
  hedge: string | null;
  start: number;
  end: number;
}
export interface SepTok {
  kind: 'sep';
  start: number;
  end: number;
}
export type Tok = IndTok | QtyTok | SepTok;

/** A number the tokenizer did not take as a figure, and the rule that says why. */
export interface NotAFigure {
  start: number;
  end: number;
  rule: RuleName;
}

export const SEP_CODES = charSet(',;:，；：。!?\n');
const DUN = '、'.charCodeAt(0);
const JOINERS = words('joiners');
const POST_HEDGES = words('postHedges');
const MILESTONE_WORDS = words('milestoneWords');
const JOINER_FIRSTS = firstsOf(JOINERS);
const HEDGE_FIRSTS = firstsOf(POST_HEDGES);

function membersOf(ids: Ids, label: string): Member[] {
  if (ids.length === 1) return [{ id: ids[0], label }];
  // A fused list such as 一二三产增加值 or 实际使用内外资: one member per id, labels spelled out.
  const names: Record<string, string> = {
    primary_output: '一产增加值',
    secondary_va: '二产增加值',
    tertiary_va: '三产增加值',
    foreign_investment: '实际使用外资',
  };
  return ids.map((id) => ({ id, label: id ? (names[id] ?? label) : label }));
}

/**
 * Tokens of norm[start, end). Indicator names win over numbers (500万元以上固定资产投资). Numbers that
 * are no figure are passed over, and listed in `dropped` when the caller wants to explain them.
 */
export function tokenize(norm: string, start: number, end: number, lex: Lexicon, dropped?: NotAFigure[]): Tok[] {
  const toks: Tok[] = [];
  let p = start;
  while (p < end) {
    const code = norm.charCodeAt(p);
    // Most characters are CJK (neither a break nor a digit) and start no name: passed over on a read or two.
    if (code >= 0x3400 && code < 0xa000) {
      if (!lex.has(norm, p)) {
        p++;
        continue;
      }
    } else if (hasCode(SEP_CODES, code)) {
      toks.push({ kind: 'sep', start: p, end: p + 1 });
      p++;
      continue;
    } else if (!(code >= 48 && code <= 57) && !lex.has(norm, p)) {
      p++;
      continue;
    }
    const m = lex.match(norm, p);
    if (m && m.end <= end) {
      const members = membersOf(m.ids, m.label);
      let e = m.end;
      // Shared head: 地方财政收入、支出 / 粮食种植面积、总产量.
      if (inSet(JOINER_FIRSTS, norm, e))
        for (const j of JOINERS) {
          if (!norm.startsWith(j, e)) continue;
          const sib = composeHead(norm, m.label, e + j.length, end, lex);
          if (sib) {
            members.push(sib.member);
            e = sib.end;
          }
          break;
        }
      toks.push({ kind: 'ind', members, start: m.start, end: e });
      p = e;
      continue;
    }
    const c = norm.charCodeAt(p);
    if (c >= 48 && c <= 57) {
      const q = readQuantity(norm, p);
      if (!q) {
        // Skip the whole run of digits: retrying from each of its digits would be quadratic.
        const from = p;
        while (p < end && ((norm.charCodeAt(p) >= 48 && norm.charCodeAt(p) <= 57) || norm.charCodeAt(p) === 46)) p++;
        dropped?.push({ start: from, end: p, rule: 'bare-number' });
        continue;
      }
      let e = q.end;
      let hedge: string | null = null;
      if (inSet(HEDGE_FIRSTS, norm, e))
        for (const h of POST_HEDGES)
          if (norm.startsWith(h, e)) {
            hedge = h;
            e += h.length;
            break;
          }
      // A number with no unit counts only before a break (收入倍差缩小到1.71;); 10年, 第3位 do not.
      const next = norm.charCodeAt(e); // NaN past the end
      const ok = q.unit !== null || hedge !== null || e >= norm.length || hasCode(SEP_CODES, next) || next === DUN;
      const milestone = MILESTONE_WORDS.some((w) => norm.startsWith(w, e));
      if (ok && !milestone && q.end <= end) toks.push({ kind: 'qty', q, hedge, start: p, end: e });
      else if (q.end <= end)
        dropped?.push({ start: p, end: q.end, rule: milestone ? 'milestone-word' : 'bare-number' });
      p = e;
      continue;
    }
    p++;
  }
  return toks;
}

/** `head` shortened and joined to a noun that follows: 地方财政收入 + 支出 -> 地方财政支出. */
function composeHead(
  norm: string,
  head: string,
  at: number,
  end: number,
  lex: Lexicon,
): { member: Member; end: number } | null {
  for (let m = Math.min(6, end - at); m >= 2; m--) {
    const noun = norm.slice(at, at + m);
    if (lex.has(noun, 0)) return null; // a full name of its own: an ordinary list member
    for (let k = head.length - 1; k >= 1; k--) {
      const name = head.slice(0, k) + noun;
      const hit = lex.match(name, 0);
      if (hit && hit.end === name.length && hit.ids.length === 1)
        return { member: { id: hit.ids[0], label: name }, end: at + m };
    }
  }
  return null;
}
