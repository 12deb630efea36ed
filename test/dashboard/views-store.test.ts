import { describe, expect, it } from 'vitest';
import { createViewsStore } from '../../components/dashboard/views-store';
import type { LoadedReport, ReportSummary } from '../../components/dashboard/source';
import type { Extraction } from '../../core/types';
import { extraction, item, memorySource } from './fixtures';

const GWR_TEXT = '一、过去一年工作回顾\n地区生产总值增长5.2%。\n二、今年工作安排\n加快建设高标准农田，新建10万亩。';

function library() {
  const reports: [number, Extraction, string?][] = [
    [1, extraction('天门市', 2022, { targets: [item('gdp', '地区生产总值', 7, { qualifier: '左右' })] })],
    [
      2,
      extraction('天门市', 2023, {
        targets: [item('gdp', '地区生产总值', 6.5)],
        actuals: [item('gdp', '地区生产总值', 5.2)],
      }),
      GWR_TEXT,
    ],
    [3, extraction('宁波市', 2023, { targets: [item('gdp', '地区生产总值', 5.5)] })],
    [
      4,
      extraction('天门市', 2023, {
        kind: 'progress',
        rows: [
          {
            no: 1,
            task: '加快建设高标准农田，新建10万亩。',
            lead: ['市农业农村局'],
            partners: [],
            progress: '已完成5万亩',
            status: '有序推进',
          },
          { no: 2, task: '另一项任务的描述文字', lead: ['市发改委'], partners: [], progress: '', status: '推进缓慢' },
        ],
      }),
    ],
  ];
  const map = new Map<number, LoadedReport>(
    reports.map(([id, e, text]) => [
      id,
      { id, title: `报告${id}`, url: `http://x/${id}`, savedAt: id, extraction: e, text: text ?? '' },
    ]),
  );
  const list: ReportSummary[] = reports.map(([id, e]) => ({
    id,
    region: e.region,
    report_year: e.report_year,
    kind: e.kind,
  }));
  return { ...memorySource(list, map), list };
}

describe('views store', () => {
  it("compares a report with the region's previous year and the year's peers", async () => {
    const { source, list } = library();
    const views = createViewsStore(source, () => list);
    await views.showReport(2);
    const r = views.store.get().report;
    expect(r.status).toBe('ready');
    const c = r.value!.comparison;
    expect(c.previous).toEqual({ region: '天门市', report_year: 2022 });
    expect(c.outcomes[0]).toMatchObject({
      indicator: 'gdp',
      status: 'missed',
      target: { value: 7 },
      actual: { value: 5.2 },
    });
    expect(c.changes[0]).toMatchObject({ change: 'down' });
    expect(c.peer_groups[0]).toMatchObject({ indicator: 'gdp', rank: 1, count: 2 });
  });

  it("shows a progress notice's tasks, slow first, linked to the report's sentences", async () => {
    const { source, list } = library();
    const views = createViewsStore(source, () => list);
    await views.showReport(4);
    const c = views.store.get().report.value!.comparison;
    expect(c.tasks.map((t) => t.no)).toEqual([2, 1]);
    expect(c.tasks[1].gwr_text).toBe('加快建设高标准农田，新建10万亩。');
    expect(c.task_counts).toEqual(expect.arrayContaining([{ status: '推进缓慢', count: 1 }]));
  });

  it('loads only what a view needs, once per choice', async () => {
    const { source, list, calls } = library();
    const views = createViewsStore(source, () => list);
    await views.showTimeline('天门市');
    expect(calls.loadIds).toBe(2); // the region's two work reports, not the notice, not 宁波
    await views.showTimeline('天门市');
    expect(calls.load).toBe(1);
    expect(
      views.store
        .get()
        .timeline.value!.find((s) => s.indicator === 'gdp')!
        .points.map((p) => p.year),
    ).toEqual([2022, 2023]);
    await views.showMatrix(2023, 'targets');
    expect(views.store.get().matrix.value!.regions).toEqual(
      ['天门市', '宁波市'].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    );
  });

  it('lets the latest choice win when an earlier one finishes later', async () => {
    const { source, list } = library();
    const slow = source.load;
    source.load = async (ids, t) => {
      if (ids.includes(3)) await new Promise((r) => setTimeout(r, 30));
      return slow(ids, t);
    };
    const views = createViewsStore(source, () => list);
    const first = views.showTimeline('宁波市');
    await views.showTimeline('天门市');
    await first;
    expect(views.store.get().timeline.key).toBe('天门市');
    expect(views.store.get().timeline.value!.length).toBeGreaterThan(0);
  });

  it('says so when a report has gone', async () => {
    const { source, list } = library();
    const views = createViewsStore(source, () => list);
    await views.showReport(99);
    expect(views.store.get().report).toMatchObject({ status: 'error', error: expect.stringContaining('99') });
  });
});
