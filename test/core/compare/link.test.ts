// Linking task cells to the report sentences they quote.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeLinker } from '../../../core/compare/link';
import { isSlow, statusCounts, taskViews } from '../../../core/compare/tasks';

const report = [
  '二、2023年工作安排',
  '（一）加快流域綜合治理。嚴格落實《流域綜合治理規劃》，推動區域協同發展。著力整治工業排放、秸稈焚燒等突出問題。',
  '加強厚生新能源、中航鋰電、愛譜華頓大數據等在談項目跟蹤對接。新建高標準農田10萬畝;培育家庭農場50家,新增農業產業化聯合體2個;全力提升品牌。',
].join('\n');
const link = makeLinker(report);

describe('makeLinker', () => {
  it("exact: the same text after conversion, returned in the report's characters", () => {
    const l = link('严格落实《流域综合治理规划》,推动区域协同发展。');
    expect(l).toMatchObject({ match: 'exact', text: '嚴格落實《流域綜合治理規劃》，推動區域協同發展。' });
    expect(report.slice(l.start, l.end)).toBe(l.text);
  });

  it("exact: a clause cut from a longer sentence keeps the report's own ending", () => {
    expect(link('新增农业产业化联合体2个。')).toMatchObject({ match: 'exact', text: '新增農業產業化聯合體2個' });
  });

  it('variant: differs only by a character variant (著/着)', () => {
    expect(link('着力整治工业排放、秸秆焚烧等突出问题。')).toMatchObject({
      match: 'variant',
      text: '著力整治工業排放、秸稈焚燒等突出問題。',
    });
  });

  it('edited: a shortened task returns the whole sentence it came from', () => {
    expect(link('加强中航锂电、爱谱华顿大数据等在谈项目跟踪对接。')).toMatchObject({
      match: 'edited',
      text: '加強厚生新能源、中航鋰電、愛譜華頓大數據等在談項目跟蹤對接。',
    });
  });

  it('a task spanning two sentences links both', () => {
    expect(link('加快流域综合治理。严格落实《流域综合治理规划》,推动区域协同发展。').text).toBe(
      '加快流域綜合治理。嚴格落實《流域綜合治理規劃》，推動區域協同發展。',
    );
  });

  it('no source: null', () => {
    expect(link('全面推进乡村振兴示范片建设,打造美丽乡村。')).toEqual({ text: null, start: -1, end: -1, match: null });
  });
});

describe('task views', () => {
  const rows = [
    {
      no: 1,
      task: '严格落实《流域综合治理规划》,推动区域协同发展。',
      lead: [],
      partners: [],
      progress: '',
      status: '有序推进',
    },
    { no: 2, task: '新建高标准农田10万亩。', lead: [], partners: [], progress: '', status: '推進緩慢' },
  ];
  it('puts slow tasks first and counts statuses', () => {
    const v = taskViews(rows, report);
    expect(v.map((t) => [t.no, t.slow, t.match])).toEqual([
      [2, true, 'exact'],
      [1, false, 'exact'],
    ]);
    expect(statusCounts(rows)).toEqual([
      { status: '有序推进', count: 1 },
      { status: '推進緩慢', count: 1 },
    ]);
    expect(isSlow('滞后')).toBe(true);
    expect(isSlow('已达“双过半”')).toBe(false);
  });
  it('leaves tasks unlinked without a report', () => {
    expect(taskViews(rows, null).every((t) => t.gwr_text === null)).toBe(true);
  });
});

describe('the corpus notice and its traditional-character report', () => {
  const corpus = join(__dirname, '../../fixtures/corpus');
  const gwr = readFileSync(join(corpus, 'reports/tianmen-2023-gwr.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(join(corpus, 'gold/tianmen-2023-h1-progress.json'), 'utf8')) as {
    rows: Array<{ no: number; task: string; gwr_text: string | null; gwr_match: string | null }>;
  };
  it('links every gold task to the gold sentence, with the gold match kind', () => {
    const l = makeLinker(gwr);
    const got = gold.rows.map((r) => l(r.task));
    expect(gold.rows.filter((r, i) => got[i].text === r.gwr_text).length).toBeGreaterThanOrEqual(105);
    expect(gold.rows.filter((r, i) => got[i].match === r.gwr_match).length).toBeGreaterThanOrEqual(105);
  });
});
