// Numbers as the dashboard shows them, in the UI's language. Chinese keeps the report's own wording
// (7% 左右, 296亿元); English turns the qualifier into a sign (≈ ≤ ≥ >) and the unit into English words,
// scaling the Chinese magnitudes (亿 = 100 million) into the ones English counts in.
import { currentLanguage } from '../i18n';

export interface Amount {
  value: number | null;
  value_max?: number | null;
  unit?: string | null;
  qualifier?: string | null;
}

// Qualifiers as the sign of the bound they state; the aims (力争, 争取) keep a word.
const QUALIFIER_SIGN: [RegExp, string][] = [
  [/^(左右|约|上下)$/, '≈'],
  [/以内|以下|不超过|不高于|控制在|低于/, '≤'],
  [/以上|不低于|至少/, '≥'],
  [/^(超|超过|突破|高于)$/, '>'],
];
const QUALIFIER_WORD: Record<string, string> = { 力争: 'aim', 争取: 'aim', 确保: 'at least' };

// Chinese unit → [factor into the English unit, English unit]. Unknown units are shown as written.
const UNIT_EN: Record<string, [number, string]> = {
  '%': [1, '%'],
  个百分点: [1, ' pp'],
  元: [1, ' yuan'],
  万元: [0.01, 'm yuan'],
  亿元: [0.1, 'bn yuan'],
  万亿元: [1, 'tn yuan'],
  美元: [1, ' USD'],
  万美元: [0.01, 'm USD'],
  亿美元: [0.1, 'bn USD'],
  人: [1, ' people'],
  万人: [10, 'k people'],
  人次: [1, ' visits'],
  万人次: [10, 'k visits'],
  吨: [1, ' t'],
  万吨: [10, 'kt'],
  亿吨: [100, 'mt'],
  亩: [1, ' mu'],
  万亩: [10, 'k mu'],
  公里: [1, ' km'],
  千米: [1, ' km'],
  平方米: [1, ' m²'],
  万平方米: [10, 'k m²'],
  个: [1, ''],
  家: [1, ' firms'],
  户: [1, ' households'],
  套: [1, ' units'],
  所: [1, ' schools'],
  年: [1, ' years'],
  天: [1, ' days'],
  岁: [1, ' years of age'],
  斤: [1, ' jin'],
  万斤: [10, 'k jin'],
  亿斤: [100, 'm jin'],
  公斤: [1, ' kg'],
  万千瓦: [10, ' MW'],
  千瓦时: [1, ' kWh'],
};

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** Unit in English: the factor that turns a value into it, and its words. */
export function unitEn(unit: string | null | undefined): [number, string] {
  if (!unit) return [1, ''];
  return UNIT_EN[unit] ?? [1, ' ' + unit];
}

export function qualifierEn(q: string | null | undefined): { sign: string; word: string } {
  if (!q) return { sign: '', word: '' };
  for (const [re, sign] of QUALIFIER_SIGN) if (re.test(q)) return { sign, word: '' };
  return { sign: '', word: QUALIFIER_WORD[q] ?? '' };
}

/** A value, a range, its unit and qualifier, in the UI's language. */
export function formatAmount(a: Amount, lang = currentLanguage()): string {
  if (a.value === null) return '—';
  if (lang === 'zh_CN') {
    const range = a.value_max != null ? `${a.value}—${a.value_max}` : String(a.value);
    return [range + (a.unit ?? ''), a.qualifier ?? ''].filter(Boolean).join(' ');
  }
  const [f, u] = unitEn(a.unit);
  const range = a.value_max != null ? `${round(a.value * f)}–${round(a.value_max * f)}` : String(round(a.value * f));
  const q = qualifierEn(a.qualifier);
  return [q.word, q.sign + range + u].filter(Boolean).join(' ');
}

/** A bare number in the unit's English scale (chart labels, matrix cells whose unit is in the header). */
export function formatNumber(value: number, unit: string | null | undefined, lang = currentLanguage()): string {
  return String(lang === 'zh_CN' ? value : round(value * unitEn(unit)[0]));
}

/** The unit as a header shows it: (%) / (亿元) in Chinese, (%) / (bn yuan) in English. */
export function unitLabel(unit: string | null | undefined, lang = currentLanguage()): string {
  if (!unit) return '';
  const u = lang === 'zh_CN' ? unit : unitEn(unit)[1].trim();
  return u ? (lang === 'zh_CN' ? `（${u}）` : ` (${u})`) : '';
}

/** A date (and time) in the UI's language, not the browser's. */
export function formatDate(ms: number, withTime = false, lang = currentLanguage()): string {
  const locale = lang === 'zh_CN' ? 'zh-CN' : 'en-GB';
  const d = new Date(ms);
  return withTime
    ? d.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })
    : d.toLocaleDateString(locale, { dateStyle: 'medium' });
}
