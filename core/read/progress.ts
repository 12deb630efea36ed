// Progress-notice task tables (重点工作任务进展情况一览表): 序号 / 任务 / 牵头单位 / 责任单位 / 进展 / 备注.
// Two inputs: a table flattened to text (one cell per paragraph, as pages give it once the markup is
// gone), or a real table as a matrix of cell texts. Columns are found by their header names, so the
// same code reads 责任领导 / 完成情况 / 序 号 variants; the cells are read by what each column holds.
import type { ProgressRow } from '../types';

type Role = 'no' | 'task' | 'leader' | 'lead' | 'partners' | 'progress' | 'status';
const UNIT_ROLES: Role[] = ['leader', 'lead', 'partners'];

/** The column a header cell names, or null. Order matters: 重点工作任务 is a task, 推进状态 a status. */
export function headerRole(cell: string): Role | null {
  const t = cell.replace(/\s+/g, '');
  if (!t || t.length > 12) return null;
  if (/^(序号|序|编号|顺序号)$/.test(t)) return 'no';
  if (/领导/.test(t)) return 'leader';
  if (/牵头|主办|主责/.test(t)) return 'lead';
  if (/单位|部门|配合|协办|参与|责任主体/.test(t)) return 'partners';
  if (/备注|状态|评价|等次|类别|标识/.test(t)) return 'status';
  if (/进展|进度|完成情况|落实情况|推进情况|执行情况|工作情况/.test(t)) return 'progress';
  if (/任务|内容|事项|目标|工作/.test(t)) return 'task';
  return null;
}

/** Roles in column order, made usable: the unnamed task column follows 序号; a lone 责任单位 leads. */
function settleRoles(roles: Array<Role | null>): Array<Role | null> {
  const out = roles.slice();
  if (!out.includes('task')) {
    const gap = out.indexOf(null);
    const at = gap >= 0 ? gap : out.indexOf('no') + 1;
    if (gap >= 0) out[gap] = 'task';
    else out.splice(at, 0, 'task');
  }
  if (!out.includes('lead')) {
    const p = out.indexOf('partners');
    if (p >= 0) out[p] = 'lead';
  }
  return out;
}

// ---- unit names ---------------------------------------------------------------------------------

// Characters a government unit's name ends with (局 委 办 中心 镇 集团 公司 街道办事处 ...). A line
// ending otherwise (市自然资源和, 市住房保障, 相关重点项目建设) is the first part of a broken name.
const UNIT_END = new Set('局委办院部心镇乡场区处团司门行联协会所站队社室馆校厂街村组台园厅署府军庭处)）'.split(''));
// Lines a new unit starts with; a fragment after an unfinished line that does not start so is its tail.
const UNIT_START = /^(市|县|区|省|州|盟|旗|各|有关|相关|全|团)/;

function unitLike(t: string): boolean {
  return t.length > 0 && t.length <= 40 && !/[。;:,?!]/.test(t) && !/^\d+[.、]?(\s|$)|^\d+[.、]/.test(t);
}

/** Does line `b` carry on the unit name that line `a` started? */
function continues(a: string, b: string, people = false): boolean {
  if (/[和、及与,-]$/.test(a)) return true; // 市自然资源和 / 规划局, 岳口镇、黄潭镇、 / 石家河镇等有关乡镇
  if (/^[(（]/.test(b)) return true; // 市发改委 / (营商办)
  // People's names (责任领导) end anyhow: only the explicit signals above join them.
  return !people && !UNIT_END.has(a[a.length - 1]) && !UNIT_START.test(b);
}

/** Joins the lines of one unit cell back into unit names. */
export function joinUnitLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (out.length && continues(out[out.length - 1], line)) out[out.length - 1] += line;
    else out.push(line);
  }
  return out;
}

// ---- flattened text -----------------------------------------------------------------------------

interface Line {
  text: string; // normalised, trimmed
  start: number; // offsets of the trimmed content (the same in norm and orig)
  end: number;
  gap: number; // blank lines just before it
}

function readLines(norm: string): Line[] {
  const out: Line[] = [];
  let gap = 0;
  let pos = 0;
  while (pos <= norm.length) {
    let nl = norm.indexOf('\n', pos);
    if (nl < 0) nl = norm.length;
    let s = pos,
      e = nl;
    while (s < e && /\s/.test(norm[s])) s++;
    while (e > s && /\s/.test(norm[e - 1])) e--;
    if (s === e) gap++;
    else {
      out.push({ text: norm.slice(s, e), start: s, end: e, gap });
      gap = 0;
    }
    pos = nl + 1;
  }
  return out;
}

/** The header row: a 序号 line followed by column names. Returns the roles and the first body line. */
function findHeader(lines: Line[], from = 0): { roles: Array<Role | null>; body: number; at: number } | null {
  for (let i = from; i < lines.length; i++) {
    if (headerRole(lines[i].text) !== 'no') continue;
    const roles: Array<Role | null> = ['no'];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const r = headerRole(lines[j].text);
      if (!r || r === 'no') break;
      // A flattened header shows an unnamed column as extra blank lines (one per empty cell).
      for (let g = 2; g < lines[j].gap; g++) roles.push(null);
      roles.push(r);
    }
    if (roles.filter((r) => r && r !== 'no').length >= 2) return { roles: settleRoles(roles), body: j, at: i };
  }
  return null;
}

const isNumber = (t: string) => /^\d{1,4}$/.test(t);

// A 备注 cell: a short label (有序推进, 推进缓慢, 已完成, 已达“双过半”), possibly broken over paragraphs.
const statusLike = (t: string) =>
  t.length <= 10 && !/[。;:,]/.test(t) && !/^\d/.test(t) && !/^[一二三四五六七八九十]+、/.test(t);

/** Index in `cell` (lines of the progress+status tail) where the status begins, or cell.length. */
function statusStart(cell: Line[]): number {
  let s = cell.length;
  let chars = 0;
  while (s > 0 && cell.length - s < 3 && statusLike(cell[s - 1].text) && chars + cell[s - 1].text.length <= 12) {
    chars += cell[s - 1].text.length;
    s--;
  }
  // A status cell starts a paragraph; stop at a line glued to the progress text above it.
  while (s < cell.length && s > 0 && cell[s].gap === 0) s++;
  return s;
}

function parseRow(lines: Line[], roles: Array<Role | null>, orig: string, last = false, dense = false): ProgressRow {
  const row: ProgressRow = { no: Number(lines[0].text), task: '', lead: [], partners: [], progress: '', status: '' };
  let k = 1;
  let skip = 0; // cells known to be empty: each extra blank line stands for one
  const after = (i: number) => {
    skip = i < lines.length ? Math.max(0, lines[i].gap - 1) : 0;
  };
  for (const role of roles.slice(roles.indexOf('no') + 1)) {
    if (role === 'progress' || role === 'status') break;
    if (skip > 0) {
      skip--;
      continue;
    }
    if (k >= lines.length) continue;
    if (role === 'task' || role === null) {
      let j = k + 1;
      while (j < lines.length && lines[j].gap === 0) j++;
      if (role === 'task') row.task = orig.slice(lines[k].start, lines[j - 1].end);
      k = j;
    } else if (UNIT_ROLES.includes(role)) {
      // Without blank lines the cell ends are lost: the lead gets the first unit, the next column the rest.
      const taken = takeUnits(lines, k, orig, role === 'leader', dense && role !== 'lead');
      if (!taken.units.length) continue;
      if (role === 'lead') row.lead = taken.units;
      else if (role === 'partners') row.partners = taken.units;
      k = taken.next;
    }
    after(k);
  }
  let rest = lines.slice(k);
  if (last) rest = rest.slice(0, tableEnd(rest));
  const hasStatus = roles.includes('status');
  const s = hasStatus ? statusStart(rest) : rest.length;
  if (s > 0) row.progress = orig.slice(rest[0].start, rest[s - 1].end);
  row.status = rest
    .slice(s)
    .map((l) => orig.slice(l.start, l.end))
    .join('');
  return row;
}

/** Unit names from line k on: one per line, broken names joined, across one blank line if unfinished. */
function takeUnits(
  lines: Line[],
  k: number,
  orig: string,
  people: boolean,
  spread = false,
): { units: string[]; next: number } {
  const units: string[] = [];
  let i = k;
  while (i < lines.length && unitLike(lines[i].text)) {
    let norm = lines[i].text;
    let name = orig.slice(lines[i].start, lines[i].end);
    let j = i + 1;
    while (j < lines.length && lines[j].gap <= 1 && unitLike(lines[j].text) && continues(norm, lines[j].text, people)) {
      norm += lines[j].text;
      name += orig.slice(lines[j].start, lines[j].end);
      j++;
    }
    units.push(name);
    i = j;
    if (i >= lines.length || (lines[i].gap > 0 && !spread)) break;
  }
  return { units, next: i };
}

/** Rows from a flattened table (one cell per paragraph, as in tianmen-2023-h1-progress.txt). */
export function parseProgressText(norm: string, orig: string): ProgressRow[] {
  const all = readLines(norm);
  const header = findHeader(all);
  if (!header) return parseDelimited(norm, orig);
  // Drop header rows a long table repeats on each printed page.
  const body: Line[] = [];
  for (let i = header.body; i < all.length; i++) {
    const again = headerRole(all[i].text) === 'no' ? findHeader(all, i) : null;
    if (again && again.at === i) i = again.body - 1;
    else body.push(all[i]);
  }
  // Text read from markup often has no blank lines at all (one line per cell, core/shapes/page.ts): then every
  // line is taken as a cell of its own.
  const dense = body.length > 8 && body.filter((l) => l.gap > 0).length < body.length / 10;
  if (dense) for (const l of body) l.gap = 1;
  const starts: number[] = [];
  for (let i = 0; i < body.length; i++) {
    if (isNumber(body[i].text) && Number(body[i].text) === starts.length + 1) starts.push(i);
  }
  const rows: ProgressRow[] = [];
  for (let r = 0; r < starts.length; r++) {
    const end = r + 1 < starts.length ? starts[r + 1] : body.length;
    rows.push(parseRow(body.slice(starts[r], end), header.roles, orig, r + 1 === starts.length, dense));
  }
  trimLastRow(rows, body, starts, header.roles, orig, dense);
  return rows;
}

/** The last row runs to the end of the page: stop it where two blank lines follow a status cell. */
function tableEnd(rest: Line[]): number {
  for (let i = 2; i < rest.length; i++) {
    if (rest[i].gap >= 2 && rest[i - 1].gap >= 1 && statusLike(rest[i - 1].text)) return i;
  }
  return rest.length;
}

/** The last row may still carry page chrome below the table: cut it at a status the other rows use. */
function trimLastRow(
  rows: ProgressRow[],
  body: Line[],
  starts: number[],
  roles: Array<Role | null>,
  orig: string,
  dense: boolean,
): void {
  if (rows.length < 3 || !roles.includes('status')) return;
  const known = new Set(
    rows
      .slice(0, -1)
      .map((r) => r.status)
      .filter(Boolean),
  );
  const last = rows[rows.length - 1];
  if (known.has(last.status)) return;
  const from = starts[starts.length - 1];
  for (let i = body.length - 1; i > from + 1; i--) {
    if (known.has(body[i].text)) {
      const redo = parseRow(body.slice(from, i + 1), roles, orig, false, dense);
      if (known.has(redo.status)) rows[rows.length - 1] = redo;
      return;
    }
  }
}

/**
 * The other plain-text shape: one row per line, cells separated by tabs or runs of spaces (a table copied
 * from a document). Read as a cell matrix; the header row in normalised text so that 序號 / 牽頭單位 match.
 */
function parseDelimited(norm: string, orig: string): ProgressRow[] {
  const cut = (s: string) => s.split(/\t| {2,}/).map((c) => c.trim());
  const nl = norm.split('\n'),
    ol = orig.split('\n');
  for (let i = 0; i < nl.length; i++) {
    const head = cut(nl[i]);
    if (head.length < 3 || !head.map(headerRole).includes('no')) continue;
    return parseProgressCells([head, ...ol.slice(i + 1).map(cut)]);
  }
  return [];
}

// ---- real tables --------------------------------------------------------------------------------

/** Units of one table cell: one per line, or separated by 、/，/spaces when on one line. */
function cellUnits(cell: string): string[] {
  const lines = cell
    .split(/\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (lines.length > 1) return joinUnitLines(lines);
  const one = lines[0] ?? '';
  // 岳口镇、黄潭镇等有关乡镇 names one group of units: keep it whole.
  if (/等/.test(one)) return one ? [one] : [];
  return one.split(/[、,，;；\s]+/).filter(Boolean);
}

/** Rows from a real table, given as a matrix of cell texts (header row included). */
export function parseProgressCells(cells: string[][]): ProgressRow[] {
  let roles: Array<Role | null> | null = null;
  let first = 0;
  for (let r = 0; r < cells.length && r < 10; r++) {
    const named = cells[r].map(headerRole);
    if (named.filter(Boolean).length >= 3 && named.includes('no')) {
      // A second header row (merged cells split in two) can name what the first left blank.
      const next = cells[r + 1]?.map(headerRole) ?? [];
      if (next.filter(Boolean).length >= 2 && !isNumber((cells[r + 1][0] ?? '').trim()))
        named.forEach((n, i) => {
          if (!n) named[i] = next[i] ?? null;
        });
      roles = settleRoles(named);
      first = r + 1;
      break;
    }
  }
  // No header (a table continued from a previous one): read it in the usual column order, but only
  // when it looks like a task table, numbered rows with a sentence beside each number.
  if (!roles) {
    const numbered = cells.filter((r) => isNumber((r[0] ?? '').trim()));
    const tasky = numbered.length >= 1 && numbered.every((r) => r.length >= 4 && (r[1] ?? '').trim().length >= 6);
    if (!tasky) return [];
    roles = ['no', 'task', 'lead', 'partners', 'progress', 'status'];
  }
  const col = (role: Role) => roles!.indexOf(role);
  const rows: ProgressRow[] = [];
  for (const r of cells.slice(first)) {
    const get = (role: Role) => (col(role) >= 0 ? (r[col(role)] ?? '').trim() : '');
    const no = get('no');
    if (!isNumber(no)) continue;
    rows.push({
      no: Number(no),
      task: get('task'),
      lead: cellUnits(get('lead')),
      partners: cellUnits(get('partners')),
      progress: get('progress'),
      status: get('status').replace(/\s+/g, ''),
    });
  }
  return rows;
}
