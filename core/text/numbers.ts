// Reading numbers and their units out of normalised text (ASCII digits, '%', '-').
// Everything here reads forward from a position and stops at the first character that does not
// fit, so a run of digits is read once: no regex, no backtracking.

/** A number with its unit as written: `5%-5.5%`, `4.5-5%`, `1.2万亿元`, `3.4个` (unit filled in later). */
export interface Quantity {
  value: number;
  valueMax: number | null; // upper bound of a range
  unit: string | null;
  start: number;
  end: number;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
// Compared as codes: s[j] would make a new string for every CJK character it reads.
const DOT = 46;
const DASH = 45;
const ZHI = '至'.charCodeAt(0);
const DAO = '到'.charCodeAt(0);

/** An ASCII decimal number at `i` (`7`, `7.5`; `.5` is not one). */
const MAX_DIGITS = 15;

export function readNumber(s: string, i: number): { value: number; end: number } | null {
  let j = i;
  while (isDigit(s.charCodeAt(j))) j++;
  // No report states a figure with more than 15 digits; a longer run is noise (and past 2^53
  // it would not even round-trip as a number).
  if (j === i || j - i > MAX_DIGITS) return null;
  if (s.charCodeAt(j) === DOT && isDigit(s.charCodeAt(j + 1))) for (j++; isDigit(s.charCodeAt(j));) j++;
  return { value: Number(s.slice(i, j)), end: j };
}

const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A small Chinese numeral below 10000 (`三`, `十二`, `一百零五`), as used for counts in the reports. @internal Exported for its tests. */
export function readChineseNumber(s: string, i: number): { value: number; end: number } | null {
  let total = 0,
    digit = -1,
    j = i;
  for (; j < s.length; j++) {
    const c = s[j];
    if (c in CN_DIGITS) {
      if (digit >= 0) break; // two digits in a row (一二三) is a list, not a number
      digit = CN_DIGITS[c];
    } else if (c in CN_UNITS) {
      total += (digit < 0 ? 1 : digit) * CN_UNITS[c];
      digit = -1;
    } else break;
  }
  if (j === i) return null;
  if (digit >= 0) total += digit;
  return { value: total, end: j };
}

// Units the indicators are stated in, longest first so that 万亿元 wins over 亿元.
// `百分点` is read as `个百分点`, which is how the schema spells it.
const UNITS = [
  '微克/立方米',
  '个百分点',
  '万亿元',
  '万亿斤',
  '千亿元',
  '亿美元',
  '万美元',
  '万人次',
  '亿千瓦时',
  '百分点',
  '亿元',
  '万元',
  '万吨',
  '亿吨',
  '亿斤',
  '万斤',
  '万亩',
  '万人',
  '万户',
  '人次',
  '%',
  '元',
  '吨',
  '亩',
  '人',
].sort((a, b) => b.length - a.length);

// The units by first character, longest first: a position tries only the few that can start there.
const UNITS_BY_FIRST = new Map<number, string[]>();
for (const u of UNITS) UNITS_BY_FIRST.set(u.charCodeAt(0), [...(UNITS_BY_FIRST.get(u.charCodeAt(0)) ?? []), u]);

export function readUnit(s: string, i: number): { unit: string; end: number } | null {
  const units = UNITS_BY_FIRST.get(s.charCodeAt(i));
  if (!units) return null;
  for (const u of units) {
    if (s.startsWith(u, i)) return { unit: u === '百分点' ? '个百分点' : u, end: i + u.length };
  }
  return null;
}

/**
 * A quantity at `i`: a number, an optional range (`5%-5.5%`, `4.5-5%`, `6.5至7%`, `6.5%到7%`) and a unit.
 * `3.4个` in `3.4个、1个百分点` comes back with unit `个`: the list's last member names the unit.
 * Returns null when the number has no unit this module knows (years, ranks, counts of firms).
 */
export function readQuantity(s: string, i: number): Quantity | null {
  const a = readNumber(s, i);
  if (!a) return null;
  let j = a.end;
  let unit = readUnit(s, j);
  if (unit) j = unit.end;
  let valueMax: number | null = null;
  const to = s.charCodeAt(j);
  if ((to === DASH || to === ZHI || to === DAO) && isDigit(s.charCodeAt(j + 1))) {
    const b = readNumber(s, j + 1);
    if (b && b.value > a.value) {
      const u2 = readUnit(s, b.end);
      if (u2 && (!unit || unit.unit === u2.unit)) {
        valueMax = b.value;
        unit = u2;
        j = u2.end;
      }
    }
  }
  if (!unit) {
    if (s[j] === '个' && (s[j + 1] === '、' || s[j + 1] === '和'))
      return { value: a.value, valueMax: null, unit: '个', start: i, end: j + 1 };
    return { value: a.value, valueMax: null, unit: null, start: i, end: j };
  }
  return { value: a.value, valueMax, unit: unit.unit, start: i, end: j };
}
