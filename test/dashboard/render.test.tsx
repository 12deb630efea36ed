import { beforeEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { ComparisonView } from '../../components/compare';
import type { Comparison } from '../../core/compare';
import { DashboardContext } from '../../components/dashboard/context';
import { LibraryView } from '../../components/dashboard/LibraryView';
import { TimelineChart } from '../../components/dashboard/TimelineChart';
import { createLibraryStore } from '../../components/dashboard/library-store';
import { createViewsStore } from '../../components/dashboard/views-store';
import { createBackupStore } from '../../components/dashboard/backup-store';
import { importMessage } from '../../components/dashboard/BackupPanel';
import { memorySource, summaries } from './fixtures';
import { mount, settle, textOf, useChineseMessages } from './dom';

beforeEach(() => useChineseMessages());

const HOSTILE = '<img src=x onerror="alert(1)">增长7%';

function comparison(): Comparison {
  const target = (value: number, text: string) => ({
    value,
    value_max: null,
    qualifier: '左右',
    year: 2022,
    unit: '%',
    relative_to: null,
    text,
  });
  return {
    previous: { region: '天门市', report_year: 2022 },
    outcomes: [
      {
        indicator: 'gdp',
        measure: 'growth',
        label: '地区生产总值',
        target: target(7, HOSTILE),
        actual: { value: 7.2, estimated: false, unit: '%', text: '地区生产总值增长7.2%' },
        status: 'met',
        gap: 0.2,
        rule: 'floor',
      },
      {
        indicator: 'retail_sales',
        measure: 'growth',
        label: '社会消费品零售总额',
        target: target(10, '社零增长10%'),
        actual: { value: 6, estimated: true, unit: '%', text: '预计社零增长6%' },
        status: 'missed',
        gap: -4,
        rule: 'floor',
      },
      {
        indicator: 'cpi',
        measure: 'rate',
        label: '居民消费价格',
        target: target(3, 'CPI涨幅3%左右'),
        actual: { value: 3.3, estimated: false, unit: '%', text: 'CPI上涨3.3%' },
        status: 'close',
        gap: 0.3,
        rule: 'ceiling',
      },
      {
        indicator: 'other',
        measure: 'qualitative',
        label: '生态环境',
        target: { ...target(0, '完成生态环境任务'), value: null },
        actual: { value: null, estimated: false, unit: null, text: null },
        status: 'unknown',
        gap: null,
        rule: 'qualitative',
      },
    ],
    changes: [
      {
        indicator: 'gdp',
        measure: 'growth',
        label: '地区生产总值',
        previous: { value: 7, value_max: null, qualifier: null, unit: '%', year: 2022 },
        current: { value: 6.5, value_max: null, qualifier: null, unit: '%', year: 2023 },
        change: 'down',
        delta: -0.5,
      },
    ],
    peers: [
      {
        indicator: 'gdp',
        measure: 'growth',
        region: '宁波市',
        level: 'prefecture',
        year: 2023,
        value: 5.5,
        value_max: null,
        qualifier: null,
      },
    ],
    peer_groups: [
      {
        indicator: 'gdp',
        measure: 'growth',
        label: '地区生产总值',
        year: 2023,
        value: 6.5,
        value_max: null,
        rank: 1,
        count: 2,
        median: 6,
        parent: null,
        amplification: null,
      },
    ],
    source: { region: '天门市', report_year: 2023, title: '2023年天门市政府工作报告' },
    tasks: [
      {
        no: 2,
        task: '任务二',
        status: '推进缓慢',
        lead: ['市发改委'],
        slow: true,
        gwr_text: null,
        match: null,
        gwr_start: -1,
        gwr_end: -1,
      },
      {
        no: 1,
        task: '任务一',
        status: '有序推进',
        lead: ['市农业农村局', '市水利局'],
        slow: false,
        gwr_text: '新建高标准农田10万亩。',
        match: 'exact',
        gwr_start: 0,
        gwr_end: 12,
      },
    ],
    task_counts: [
      { status: '有序推进', count: 1 },
      { status: '推进缓慢', count: 1 },
    ],
  };
}

describe('ComparisonView', () => {
  it('says met / missed / close / unknown in symbols and words, not colour alone', () => {
    const root = mount(<ComparisonView comparison={comparison()} />);
    const statuses = [...root.querySelectorAll('.gl-status')].map(textOf);
    expect(statuses).toEqual(['✓ 达成', '✗ 未达成', '≈ 接近', '? 无法判断']);
    expect(textOf(root.querySelector('.gl-change')!)).toBe('↓ 降低 -0.5 个百分点');
    expect(textOf(root)).toContain('预计');
    expect(textOf(root)).toContain('第 1 高 / 2');
  });

  it('keeps every number traceable to its sentence, shown as text only', () => {
    const root = mount(<ComparisonView comparison={comparison()} />);
    const sources = [...root.querySelectorAll('q.gl-source')].map((q) => q.textContent);
    expect(sources).toEqual(
      expect.arrayContaining([HOSTILE, '地区生产总值增长7.2%', '预计社零增长6%', '新建高标准农田10万亩。']),
    );
    expect(root.querySelector('img')).toBeNull(); // page text never becomes markup
    expect(root.querySelector('details.gl-sourced')!.hasAttribute('open')).toBe(false); // on demand
  });

  it('lists tasks slow first with status counts', () => {
    const root = mount(<ComparisonView comparison={comparison()} />);
    const rows = [...root.querySelectorAll('.gl-tasks tbody tr')];
    expect(rows.map((r) => textOf(r.querySelector('td')!))).toEqual(['2', '1']);
    expect(rows[0].getAttribute('class')).toBe('gl-slow');
    expect(textOf(root.querySelector('.gl-counts')!)).toBe('推进缓慢: 1有序推进: 1');
  });

  it('has a plain message when there is nothing to compare', () => {
    const empty: Comparison = {
      previous: null,
      outcomes: [],
      changes: [],
      peers: [],
      peer_groups: [],
      source: null,
      tasks: [],
      task_counts: [],
    };
    expect(textOf(mount(<ComparisonView comparison={empty} />))).toContain('资料库中还没有可对比的报告');
  });
});

describe('LibraryView', () => {
  it('shows one page of a large library and undoes a delete', async () => {
    const mem = memorySource(summaries(10_000));
    const library = createLibraryStore(mem.source);
    const views = createViewsStore(mem.source, () => library.store.get().summaries);
    const backup = createBackupStore({
      source: mem.source,
      exportJson: async () => '',
      importJson: async () => ({ ok: true, added: 0, merged: 0, unchanged: 0 }),
      download: () => {},
      now: () => new Date(0),
    });
    await library.load();
    const root = mount(
      <DashboardContext.Provider value={{ library, views, backup }}>
        <LibraryView />
      </DashboardContext.Provider>,
    );
    await settle();
    expect(root.querySelectorAll('.gl-list tbody tr')).toHaveLength(50);
    expect(textOf(root.querySelector('.gl-list tbody tr')!)).toContain('报告10000');
    expect(textOf(root.querySelector('.gl-pager')!)).toContain('第 1 / 200 页，共 10000 份');

    const del = root.querySelector('.gl-list tbody tr button:not(.gl-link)') as unknown as HTMLButtonElement;
    await act(async () => del.click());
    await settle();
    // The undo bar names the kind and the report: 报告 or 进展通报 (summaries(n) makes id 10000 another page).
    expect(textOf(root.querySelector('.gl-undo')!)).toContain('已删除 其他页面“报告10000”');
    expect(textOf(root.querySelector('.gl-list tbody tr')!)).not.toContain('报告10000');
    await act(async () => (root.querySelector('.gl-undo button') as unknown as HTMLButtonElement).click());
    await settle();
    expect(root.querySelector('.gl-undo')).toBeNull();
    expect(textOf(root.querySelector('.gl-list tbody tr')!)).toContain('报告10000');
  });
});

describe('TimelineChart', () => {
  it('draws a square per target, a bar per range and a dot per result', () => {
    const v = (value: number, value_max: number | null = null) => ({
      value,
      value_max,
      qualifier: null,
      estimated: false,
      text: `增长${value}%`,
    });
    const root = mount(
      <TimelineChart
        series={{
          key: 'gdp|growth',
          indicator: 'gdp',
          measure: 'growth',
          label: '地区生产总值',
          unit: '%',
          points: [
            { year: 2021, target: v(7), actual: v(6.1), status: 'missed' },
            { year: 2022, target: v(6.5, 7), actual: null, status: null },
          ],
        }}
        years={[2019, 2022]}
      />,
    );
    expect(root.querySelectorAll('rect')).toHaveLength(2);
    expect(root.querySelectorAll('.gl-target line')).toHaveLength(1);
    expect(root.querySelectorAll('circle')).toHaveLength(1);
    expect(textOf(root.querySelector('.gl-actual-g title')!)).toContain('增长6.1%');
    // Values on the points, the verdict marked; the region's year axis, not the series' own.
    const labels = [...root.querySelectorAll('.gl-val')].map(textOf);
    expect(labels).toEqual(['7', '6.5–7', '6.1 ✗']);
    expect(root.querySelector('.gl-status-missed')).not.toBeNull();
    const ticks = [...root.querySelectorAll('.gl-tick')].map(textOf);
    expect(ticks).toEqual(expect.arrayContaining(['2019', '2020', '2021', '2022', '0']));
  });
});

describe('import messages', () => {
  it('say what happened, and that nothing changed on failure', () => {
    expect(importMessage({ ok: true, added: 3, merged: 1, unchanged: 2 })).toBe(
      '导入完成：新增 3 份，合并 1 份，2 份无变化。',
    );
    expect(importMessage({ ok: false, error: { code: 'bad_record', message: '', record: 4, field: 'text' } })).toBe(
      '第 5 份报告的字段“text”缺失或格式不对。 资料库未作任何改动。',
    );
    expect(importMessage({ ok: false, error: { code: 'truncated', message: '' } })).toContain('文件不完整');
  });
});
