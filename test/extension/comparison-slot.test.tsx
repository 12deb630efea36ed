// The popup's comparison: the store asks the background, only the latest answer counts; the slot asks
// again when the tab's state changes and shows the view, or one line when nothing saved compares.
import { beforeEach, describe, expect, it } from 'vitest';
import { h } from 'preact';
import { ComparisonSlot, loadComparisonView } from '../../components/popup/ComparisonSlot';
import { createPopupStore, type ComparisonLoad, type PopupDeps } from '../../components/popup/store';
import type { Comparison } from '../../core/compare';
import type { TabState } from '../../storage/messages';
import { extraction } from '../storage/make';
import { mount, settle, textOf, useChineseMessages } from '../dashboard/dom';

beforeEach(() => useChineseMessages());

type Ready = Extract<TabState, { status: 'ready' }>;
const tab = (kind: 'gwr' | 'other' = 'gwr'): Ready => ({
  status: 'ready',
  url: 'http://a.gov.cn/',
  title: 'A',
  extraction: extraction({ kind }),
  match: null,
  saved: null,
});
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
const withPrevious: Comparison = {
  ...empty,
  previous: { region: '天门市', report_year: 2023 },
  outcomes: [
    {
      indicator: 'gdp',
      measure: 'growth',
      label: '地区生产总值',
      status: 'missed',
      gap: -0.7,
      rule: 'floor',
      target: {
        value: 7.5,
        value_max: null,
        qualifier: '左右',
        year: 2023,
        unit: '%',
        relative_to: null,
        text: '地区生产总值增长7.5%左右',
      },
      actual: { value: 6.8, estimated: false, unit: '%', text: '地区生产总值增长6.8%' },
    },
  ],
};

describe('popup store: compare', () => {
  it('keeps only the latest answer when requests overlap', async () => {
    const replies: Array<(c: Comparison | null) => void> = [];
    const s = createPopupStore({
      send: ((type: string) =>
        type === 'getComparison' ? new Promise((ok) => replies.push(ok)) : Promise.resolve(tab())) as PopupDeps['send'],
      tabId: Promise.resolve(1),
      requestAllSites: async () => true,
      openDashboard: () => {},
    });
    expect(s.getState().comparison).toEqual({ status: 'idle' });
    const first = s.actions.compare();
    const second = s.actions.compare();
    await settle();
    expect(s.getState().comparison).toEqual({ status: 'loading' });
    replies[1](withPrevious);
    await second;
    replies[0](empty); // the older request answers last: ignored
    await first;
    expect(s.getState().comparison).toEqual({ status: 'done', value: withPrevious });
  });

  it('reports a failure instead of loading forever', async () => {
    const s = createPopupStore({
      send: (async () => {
        throw new Error('no tab');
      }) as PopupDeps['send'],
      tabId: Promise.resolve(1),
      requestAllSites: async () => true,
      openDashboard: () => {},
    });
    await s.actions.compare();
    expect(s.getState().comparison).toEqual({ status: 'failed', message: 'no tab' });
  });
});

describe('ComparisonSlot', () => {
  const render = (t: Ready, comparison: ComparisonLoad) => {
    let asked = 0;
    const root = mount(h(ComparisonSlot, { tab: t, comparison, onLoad: () => void asked++ }));
    return { root, asked: () => asked };
  };

  it('asks for the comparison once the tab is read, and shows outcomes with symbol, word and source', async () => {
    const { root, asked } = render(tab(), { status: 'done', value: withPrevious });
    // The view's code comes after the first paint: until then the slot says it is loading.
    expect(root.querySelector('[data-slot=compare]')?.getAttribute('data-state')).toBe('loading');
    expect(textOf(root)).toContain('正在读取');
    await loadComparisonView();
    await settle();
    expect(root.querySelector('[data-slot=compare]')?.getAttribute('data-state')).toBe('done');
    expect(asked()).toBe(1);
    const text = textOf(root);
    expect(text).toContain('与资料库比较');
    expect(text).toContain('✗ 未达成');
    expect(root.querySelector('q.gl-source')?.textContent).toBe('地区生产总值增长7.5%左右');
  });

  it('says there is nothing to compare in one line', () => {
    const { root } = render(tab(), { status: 'done', value: empty });
    expect(textOf(root.querySelector('[data-empty=compare]')!)).toBe('资料库中还没有可对比的早前报告。');
    expect(root.querySelector('table')).toBeNull();
  });

  it("treats a notice's unlinked tasks as nothing to compare (the popup lists its rows already)", () => {
    const tasks = [
      {
        no: 1,
        task: '新建高标准农田10万亩',
        status: '推进缓慢',
        lead: [],
        slow: true,
        gwr_text: null,
        match: null,
        gwr_start: -1,
        gwr_end: -1,
      },
    ];
    const { root } = render(tab(), {
      status: 'done',
      value: { ...empty, tasks, task_counts: [{ status: '推进缓慢', count: 1 }] },
    });
    expect(root.querySelector('[data-empty=compare]')).not.toBeNull();
  });

  it('neither asks nor shows anything for a page that is no report', async () => {
    const { root, asked } = render(tab('other'), { status: 'idle' });
    await settle();
    expect(asked()).toBe(0);
    expect(root.querySelector('.compare-slot')).toBeNull();
  });
});
