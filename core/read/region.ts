// Which government issued the page. Reports quote many places (the province above, neighbours,
// 全国), so a name counts by where it stands: in the title (X市2023年政府工作报告), the meeting line
// (在X市第九届人民代表大会…), the speaker line (X市人民政府市长), the issuing office. Only when the
// opening names nobody does the body decide, through its self-references (我市, 全县) and the
// place named most often with the matching suffix.
import { inForce, scanDivisions, type Division, type Mention } from './divisions';
import type { Level } from '../types';

export interface Issuer {
  region: string | null;
  level: Level | null;
  province: string | null;
}

const NONE: Issuer = { region: null, level: null, province: null };
const NATIONAL: Issuer = { region: '全国', level: 'national', province: null };

const CN_NUM = '一二三四五六七八九十〇零';
const TITLE_AFTER = /^(?:(?:19|20)\d{2}年度?)?(?:人民)?政府工作报告/;
const MEETING_AFTER = new RegExp(`^(?:第?[${CN_NUM}\\d]{1,3}届(?:人民代表大会|人大)|人民代表大会)`);
const SPEAKER_AFTER = /^(?:人民政府)?代?(?:省长|市长|县长|区长|州长|主席|盟长|旗长|专员)/;
const OFFICE_AFTER = /^人民政府|^政府(?!工作报告)/;
const NATIONAL_HEAD = new RegExp(`在第[${CN_NUM}]{1,3}届全国人民代表大会|国务院总理`);

/** The part of the page that names its issuer: up to just past 各位代表 (我代表X人民政府…), or the start. */
export function headerOf(norm: string): string {
  const i = norm.indexOf('各位代表');
  const end = i >= 0 && i < 4000 ? i + 160 : 1500;
  return norm.slice(0, Math.max(end, 400));
}

function anchorWeight(text: string, m: Mention): number {
  let after = text.slice(m.end, m.end + 20);
  // 恩施州, 湘西州, 兴山县人民政府: a short name often comes back with a one-character suffix.
  if (m.short && '省市县区州盟旗'.includes(after[0])) after = after.slice(1);
  if (TITLE_AFTER.test(after) || MEETING_AFTER.test(after)) return 6;
  if (SPEAKER_AFTER.test(after)) return 4;
  if (OFFICE_AFTER.test(after)) return text.slice(Math.max(0, m.start - 3), m.start) === '我代表' ? 5 : 3;
  return m.short ? 0.25 : 0.5;
}

type Clues = Map<string, number>; // province or prefecture name -> how often the text names it

/** Counts of provinces and prefectures named without ambiguity: the context that settles 朝阳 or 兴山. */
function cluesFrom(mentions: Mention[]): Clues {
  const clues: Clues = new Map();
  const bump = (k: string | null, by: number) => k && clues.set(k, (clues.get(k) ?? 0) + by);
  for (const m of mentions) {
    // One place, or one place under two names (满城县 and 满城区 are both 满城 of 保定市).
    const d = m.divisions[0];
    const parent = (x: Division) => (x.level === 'prefecture' ? x.name : x.prefecture);
    if (m.divisions.some((x) => x.province !== d.province || parent(x) !== parent(d))) continue;
    bump(d.province, 1);
    bump(parent(d), 1);
  }
  return clues;
}

/** Self-reference class of the body: 省, 市, 县, 区, 州, 旗 or 盟, from 我代表X人民政府 and 我X/全X counts. */
export function selfClass(norm: string): string | null {
  const rep = /我代表(自治区|省|市|县|区|州|旗|盟)人民政府/.exec(norm.slice(0, 6000));
  if (rep) return rep[1] === '自治区' ? '区' : rep[1];
  const counts = new Map<string, number>();
  const n = Math.min(norm.length, 40000);
  // Every 我 and 全 in text order (the order breaks ties), found by the platform's search.
  let wo = norm.indexOf('我');
  let quan = norm.indexOf('全');
  for (;;) {
    const i = wo >= 0 && (quan < 0 || wo < quan) ? wo : quan;
    if (i < 0 || i + 1 >= n) break;
    const k = norm[i + 1];
    if ('省市县区州旗盟'.includes(k)) counts.set(k, (counts.get(k) ?? 0) + (i === wo ? 3 : 1));
    if (i === wo) wo = norm.indexOf('我', i + 1);
    else quan = norm.indexOf('全', i + 1);
  }
  let best: string | null = null;
  for (const [k, v] of counts) if (best === null || v > (counts.get(best) ?? 0)) best = k;
  return best;
}

function fitsClass(d: Division, cls: string | null): boolean {
  if (!cls) return true;
  if (cls === '区') return d.name.endsWith('区'); // a district, or an autonomous region (自治区)
  if (cls === '州') return d.name.endsWith('州') && d.level === 'prefecture';
  return d.name.endsWith(cls);
}

const LEVEL_RANK: Record<Division['level'], number> = { county: 0, prefecture: 1, province: 2 };

/**
 * One division for a mention: the candidate whose suffix follows the short name (海南州 is the
 * prefecture, not the province), then the one in force in the report's year (满城 is 满城县 in 2012,
 * 满城区 in 2016), then the one whose province and prefecture the text names most.
 */
function resolve(m: Mention, clues: Clues, cls: string | null, next = '', year: number | null = null): Division {
  if (m.divisions.length === 1) return m.divisions[0];
  let best = m.divisions[0];
  let bestScore = -1;
  for (const d of m.divisions) {
    const score =
      (m.short && next && d.name.endsWith(next) ? 10 : 0) +
      (year !== null && inForce(d, year) ? 8 : 0) +
      (d.until === null ? 0.25 : 0) + // no year: today's name
      (clues.get(d.province) ?? 0) +
      2 * (clues.get(d.prefecture ?? '') ?? 0) +
      (fitsClass(d, cls) ? 3 : 0) +
      (d.level === 'province' ? 0.5 : 0); // 吉林, 河南, 海南 mean the province unless the text says otherwise
    if (score > bestScore) [best, bestScore] = [d, score];
  }
  return best;
}

function issuerOf(d: Division): Issuer {
  return { region: d.name, level: d.level, province: d.province };
}

/**
 * The issuing government of a page, from its title and normalised text; `site`, the publishing site's
 * name (商洛市人民政府), speaks only when the text names nobody: a site reposts other governments' reports.
 */
export function findIssuer(norm: string, title: string, site = '', year: number | null = null): Issuer {
  const header = `${title}\n${headerOf(norm)}`;
  if (NATIONAL_HEAD.test(header)) return NATIONAL;
  const headMentions = scanDivisions(header);
  const cls = selfClass(norm);
  // The body is read only when the opening leaves a name ambiguous or names no issuer: most reports
  // say who they are in their first lines, and scanning 30,000 characters for places is core's dearest step.
  let body: Mention[] | null = null;
  const bodyMentions = () => (body ??= scanDivisions(norm, 0, 30000));
  let clueCounts: Clues | null = null;
  const clues = () => (clueCounts ??= cluesFrom(headMentions.concat(bodyMentions())));

  const weights = new Map<Division, number>();
  const named = new Set<Division>(); // named in full at least once: 新建 in 新建改扩建 alone names nobody
  for (const m of headMentions) {
    if (!plausible(header, m)) continue; // 和县 in 部署和县政府工作报告
    const d = m.divisions.length === 1 ? m.divisions[0] : resolve(m, clues(), cls, header[m.end], year);
    weights.set(d, (weights.get(d) ?? 0) + anchorWeight(header, m));
    if (!m.short) named.add(d);
  }
  let best: Division | null = null;
  let bestW = 0;
  for (const [d, w] of weights) {
    const better = w > bestW || (w === bestW && best !== null && LEVEL_RANK[d.level] < LEVEL_RANK[best.level]);
    if (better) [best, bestW] = [d, w];
  }
  if (best && bestW >= 3) return issuerOf(best);
  const weak = best && (named.has(best) || bestW >= 0.5) ? issuerOf(best) : null;
  return fromBody(norm, bodyMentions(), clues(), cls, year) ?? weak ?? siteOwner(site, cls, year) ?? NONE;
}

/** The government whose site this is, when its name says so (X人民政府, X政府网, X政府门户网站). */
function siteOwner(site: string, cls: string | null, year: number | null): Issuer | null {
  for (const m of scanDivisions(site)) {
    const rest = site.slice(m.end);
    const owner = /^(?:[省市县区州盟旗])?(?:人民)?政府/.test(rest) && (!m.short || /^[省市县区州盟旗]/.test(rest));
    if (owner) return issuerOf(resolve(m, new Map(), cls, rest[0], year));
  }
  return null;
}

// 列宜春第5, 居焦作市第1位, 高于全省、焦作市平均: a place the text ranks itself against is not itself.
const RANK_AFTER = /^(?:第|前列|前\d|首位|平均|排名|之首)/;
const RANK_BEFORE = /(?:列|居|位居|高于|低于|优于|排|、|完成|争|代表|获得)$/;

function ranking(norm: string, m: Mention): boolean {
  return (
    RANK_AFTER.test(norm.slice(m.end, m.end + 3)) || RANK_BEFORE.test(norm.slice(Math.max(0, m.start - 2), m.start))
  );
}

// A two-character full name (范县, 滑县) also hides inside words (示范县): trust it only after a
// boundary or a larger place.
function plausible(norm: string, m: Mention): boolean {
  if (m.short || m.end - m.start > 2 || m.start === 0) return true;
  return !/[\u4e00-\u9fff]/.test(norm[m.start - 1]) || '在和与及的对向为从到至省市州'.includes(norm[m.start - 1]);
}

/**
 * No anchored name: the place the body names most often among those that fit its 我市/全县 class.
 * 合作, 振兴, 新兴 are words as well as places, so a place counts only if the text also names it in
 * full or names another place of the same province (兴山 with 宜昌 or 湖北, 邯郸 with 河北).
 */
function fromBody(
  norm: string,
  mentions: Mention[],
  clues: Clues,
  cls: string | null,
  year: number | null,
): Issuer | null {
  if (!cls) return null;
  const score = new Map<Division, number>();
  const full = new Set<Division>();
  const byProvince = new Map<string, Set<Division>>(); // places named reliably, by province
  const note = (d: Division) => byProvince.set(d.province, (byProvince.get(d.province) ?? new Set()).add(d));
  for (const m of mentions) {
    if (!plausible(norm, m)) continue;
    if (m.divisions.length === 1 && (!m.short || m.divisions[0].level !== 'county')) note(m.divisions[0]);
    const fits = m.divisions.filter((d) => fitsClass(d, cls));
    if (!fits.length) continue;
    const d = fits.length === 1 ? fits[0] : resolve({ ...m, divisions: fits }, clues, cls, norm[m.end], year);
    if (!m.short) full.add(d);
    if (!ranking(norm, m)) score.set(d, (score.get(d) ?? 0) + 1);
  }
  const reliable = (d: Division) => full.has(d) || [...(byProvince.get(d.province) ?? [])].some((x) => x !== d);
  let best: Division | null = null;
  let bestS = 0;
  for (const [d, s] of score) if (s > bestS && reliable(d)) [best, bestS] = [d, s];
  return best && bestS >= 3 ? issuerOf(best) : null;
}
