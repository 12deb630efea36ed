// The popup and the comparison views in English, with real extractions of corpus reports: no Chinese reaches
// the screen but the page's own text (indicator wording, sentences, task texts, statuses, the title) and region
// names; no full-width punctuation; units and qualifiers in English (≈ ≤ ≥ >, pp), dates in English.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { h } from 'preact';
import { extractReport } from '../../core/extract';
import { compareReport, type Comparison } from '../../core/compare';
import type { Extraction } from '../../core/types';
import type { TabState } from '../../storage/messages';
import { Popup } from '../../components/popup/Popup';
import { loadComparisonView } from '../../components/popup/ComparisonSlot';
import { createPopupStore, type PopupDeps } from '../../components/popup/store';
import { formatAmount, formatDate, formatDelta } from '../../components/compare/format';
import { setLanguage } from '../../components/i18n';
import { mount, settle } from '../dashboard/dom';

const CORPUS = join(import.meta.dirname, '../fixtures/corpus/reports');
const read = (name: string) => readFileSync(join(CORPUS, `${name}.txt`), 'utf8');
const extract = (name: string) => ({
  ...extractReport({ text: read(name), url: `http://www.example.gov.cn/${name}.html` }),
  text: read(name),
});

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Everything the page itself says (and region names): these may stay Chinese on an English screen. */
function pageWords(...records: Array<Extraction & { text?: string }>): string[] {
  const words = new Set<string>();
  const add = (s: string | null | undefined) => s && words.add(s.trim());
  for (const r of records) {
    add(r.title);
    add(r.region);
    add(r.province);
    for (const i of [...r.targets, ...r.actuals]) [i.label, i.text, i.relative_to].forEach(add);
    for (const row of r.rows) [row.task, row.status, row.progress, ...row.lead].forEach(add);
  }
  // The language picker names each language in its own script, as pickers do.
  words.add('中文');
  return [...words].filter(Boolean).sort((a, b) => b.length - a.length);
}

/** The text left once page words are taken out, rendered element by element. */
function foreignText(root: Element, allowed: string[]): string[] {
  const out: string[] = [];
  const walk = (el: Element) => {
    for (const node of el.childNodes) {
      if (node.nodeType === 3) {
        let s = node.textContent ?? '';
        for (const w of allowed) if (s.includes(w)) s = s.split(w).join(' ');
        if (CJK.test(s)) out.push(s.trim());
      } else if (node.nodeType === 1) walk(node as Element);
    }
  };
  walk(root);
  return out;
}

async function renderPopup(extraction: Extraction, comparison: Comparison | null, saved: boolean) {
  const tab: TabState = {
    status: 'ready',
    url: 'http://www.example.gov.cn/a.html',
    title: extraction.title ?? '',
    extraction,
    match: saved
      ? {
          via: 'url',
          report: { id: 1, title: '', url: '', urls: [], savedAt: Date.UTC(2026, 11, 2, 5, 47), corrections: {} },
        }
      : null,
    saved: saved ? 'here' : null,
  };
  const store = createPopupStore({
    send: (async (type: string) => (type === 'getComparison' ? comparison : tab)) as PopupDeps['send'],
    tabId: Promise.resolve(1),
    requestAllSites: async () => true,
    openDashboard: () => {},
  });
  await store.actions.reload();
  await loadComparisonView();
  const root = mount(h(Popup, { store }));
  await settle();
  return root;
}

afterEach(() => setLanguage('zh_CN'));

describe('the popup in English', () => {
  it('formats units, qualifiers, differences and dates in English', () => {
    setLanguage('en');
    expect(formatAmount({ value: 7.5, unit: '%', qualifier: '左右' })).toBe('≈ 7.5%');
    expect(formatAmount({ value: 5.5, unit: '%', qualifier: '以内' })).toBe('≤ 5.5%');
    expect(formatAmount({ value: 2, unit: '万人', qualifier: '以上' })).toBe('≥ 20k people');
    expect(formatAmount({ value: 720, unit: '亿元', qualifier: '超' })).toBe('> 72 bn yuan');
    expect(formatAmount({ value: 6.5, value_max: 7, unit: '%', qualifier: null })).toBe('6.5–7%');
    expect(formatDelta(0.6, '%')).toBe('+0.6 pp');
    expect(formatDate(Date.UTC(2026, 11, 2, 12, 0))).toMatch(/^2 Dec 2026/);
    setLanguage('zh_CN');
    expect(formatAmount({ value: 7.5, unit: '%', qualifier: '左右' })).toBe('7.5% 左右');
    expect(formatDelta(0.6, '%')).toBe('+0.6 个百分点');
    expect(formatDate(Date.UTC(2026, 11, 2, 12, 0))).toMatch(/^2026年12月2日/);
  });

  it("shows last year's outcomes, the changes and the peers without Chinese of its own", async () => {
    setLanguage('en');
    const previous = extract('hailaer-2017-gwr');
    const current = extract('hailaer-2018-gwr');
    const peers = ['gaoan-2023-gwr', 'handan-2023-gwr', 'luzhou-2023-gwr'].map(extract);
    const city = extract('heyuan-2023-gwr');
    const first = compareReport(current, [previous]);
    expect(first.outcomes.length).toBeGreaterThan(0);
    expect(first.changes.length).toBeGreaterThan(0);
    const second = compareReport(city, peers);
    expect(second.peer_groups.length).toBeGreaterThan(0);

    for (const [ext, cmp, others] of [
      [current, first, [previous]],
      [city, second, peers],
    ] as const) {
      const root = await renderPopup(ext, cmp, true);
      const text = root.textContent ?? '';
      expect(text).toContain('Saved');
      expect(text).not.toContain('Saved saved');
      expect(root.querySelector('[data-verdicts=done]')).not.toBeNull();
      const left = foreignText(root, pageWords(ext, ...others));
      expect(left, left.join(' | ')).toEqual([]);
    }
  });

  it("shows a progress notice's counts and slow tasks without Chinese of its own", async () => {
    setLanguage('en');
    const notice = extract('tianmen-2023-h1-progress');
    const report = extract('tianmen-2023-gwr');
    expect(notice.kind).toBe('progress');
    const root = await renderPopup(notice, compareReport(notice, [report]), false);
    expect(root.querySelector('.slow-tasks li')).not.toBeNull();
    const left = foreignText(root, pageWords(notice, report));
    expect(left, left.join(' | ')).toEqual([]);
  });
});
