// How numbers read in the chosen language. Chinese keeps the report's own words (6.5—7% 左右, +0.5 个百分点);
// English turns the units into English ones (720 亿元 -> 72 bn yuan) and the qualifiers into signs, so no
// Chinese reaches an English screen but the page's own wording of an indicator and the region names.
import { currentLanguage } from '../i18n';

export interface Amount {
  value: number | null;
  value_max?: number | null;
  unit?: string | null;
  qualifier?: string | null;
}

// A unit in English: the factor from the report's unit, and the English unit (a leading space separates it).
const UNIT_EN: Record<string, [number, string]> = {
  '%': [1, '%'],
  个百分点: [1, ' pp'],
  元: [1, ' yuan'],
  万元: [10, 'k yuan'],
  亿元: [0.1, ' bn yuan'],
  千亿元: [100, ' bn yuan'],
  万亿元: [1, ' tn yuan'],
  美元: [1, ' USD'],
  万美元: [10, 'k USD'],
  亿美元: [0.1, ' bn USD'],
  吨: [1, ' t'],
  万吨: [10, 'k t'],
  亿吨: [100, ' Mt'],
  斤: [1, ' jin'],
  万斤: [10, 'k jin'],
  亿斤: [0.1, ' bn jin'],
  公斤: [1, ' kg'],
  亩: [1, ' mu'],
  万亩: [10, 'k mu'],
  人: [1, ' people'],
  万人: [10, 'k people'],
  人次: [1, ' visits'],
  万人次: [10, 'k visits'],
  亿人次: [0.1, ' bn visits'],
  个: [1, ''],
  家: [1, ' firms'],
  户: [1, ' households'],
  倍: [1, '×'],
  年: [1, ' years'],
  岁: [1, ' years'],
  天: [1, ' days'],
  公里: [1, ' km'],
  平方公里: [1, ' km²'],
  千瓦: [1, ' kW'],
  万千瓦: [10, ' MW'],
  亿千瓦时: [0.1, ' TWh'],
  万千瓦时: [10, ' MWh'],
  标箱: [1, ' TEU'],
  万标箱: [10, 'k TEU'],
  微克每立方米: [1, ' µg/m³'],
  '微克/立方米': [1, ' µg/m³'],
};

// Qualifiers as signs: 左右 about, 以内 at most, 以上 at least, 超 above.
const QUALIFIER_EN: Array<[RegExp, string]> = [
  [/左右|上下|约/, '≈ '],
  [/以内|以下|不超过|不高于|控制在|低于/, '≤ '],
  [/以上|不低于|不少于|力争|确保/, '≥ '],
  [/超过|超|突破|迈上|高于/, '> '],
];

const en = () => currentLanguage() === 'en';

/** Float noise from a unit's factor (7.2 × 10) trimmed to what a report states. */
const trim = (x: number) => Math.round(x * 1e4) / 1e4;

/** The unit as the chosen language writes it, and the factor a value is multiplied by to go with it. */
export function unitIn(unit: string | null | undefined): { factor: number; unit: string } {
  if (!unit) return { factor: 1, unit: '' };
  if (!en()) return { factor: 1, unit };
  const known = UNIT_EN[unit];
  // An unknown unit is the page's own word: shown as written, apart from the number.
  return known ? { factor: known[0], unit: known[1] } : { factor: 1, unit: ` ${unit}` };
}

/** The qualifier as a sign in English (null: none, or one with no sign: 力争 aside). */
export function qualifierSign(q: string | null | undefined): string {
  if (!q) return '';
  return QUALIFIER_EN.find(([re]) => re.test(q))?.[1] ?? '';
}

export function formatAmount(a: Amount): string {
  if (a.value === null) return '—';
  const { factor, unit } = unitIn(a.unit);
  const lo = trim(a.value * factor);
  const range = a.value_max != null ? `${lo}—${trim(a.value_max * factor)}` : String(lo);
  if (en()) return `${qualifierSign(a.qualifier)}${range.replace('—', '–')}${unit}`;
  return [range + unit, a.qualifier ?? ''].filter(Boolean).join(' ');
}

/** A difference with its sign always shown: +0.5 个百分点 / +0.5 pp, -1.2 亿元, 0. */
export function formatDelta(x: number | null, unit?: string | null): string {
  if (x === null) return '—';
  const sign = x > 0 ? '+' : x < 0 ? '-' : '';
  if (unit === '%') return `${sign}${Math.abs(x)}${en() ? ' pp' : ' 个百分点'}`;
  const u = unitIn(unit);
  return `${sign}${trim(Math.abs(x) * u.factor)}${u.unit}`;
}

/** A plain number (a median, a scale's end) in the unit of its group. */
export function formatNumber(x: number, unit?: string | null): string {
  const u = unitIn(unit);
  return `${trim(x * u.factor)}${u.unit}`;
}

/** A saved date, in the chosen language (not the browser's). */
export function formatDate(ms: number): string {
  return new Date(ms).toLocaleString(en() ? 'en-GB' : 'zh-CN', { dateStyle: 'medium', timeStyle: 'short' });
}

/** An English ordinal: 1st, 2nd, 3rd, 11th. */
export function ordinal(n: number): string {
  const rule = new Intl.PluralRules('en', { type: 'ordinal' }).select(n);
  return `${n}${{ one: 'st', two: 'nd', few: 'rd' }[rule as 'one'] ?? 'th'}`;
}

/** Names in a list (lead units): 、 between them in Chinese, a comma in English. */
export function joinNames(names: string[]): string {
  return names.join(en() ? ', ' : '、');
}
