// Small builders for storage tests: an extraction and a captured page, with only what a test cares about.
import type { Extraction, Item } from '../../core/types';
import type { LibraryDB } from '../../storage/db';
import type { PageCapture, SavedReport } from '../../storage/record';
import { withTexts } from '../../storage/rows';

export function item(over: Partial<Item> = {}): Item {
  return {
    indicator: 'gdp',
    label: '地区生产总值',
    measure: 'growth',
    value: 6,
    value_max: null,
    unit: '%',
    qualifier: '左右',
    text: '地区生产总值增长6%左右',
    start: 0,
    end: 12,
    ...over,
  };
}

export function extraction(over: Partial<Extraction> = {}): Extraction {
  return {
    kind: 'gwr',
    confidence: 0.9,
    reasons: ['test'],
    region: '天门市',
    level: 'county',
    province: '湖北省',
    report_year: 2023,
    review_year: 2022,
    meeting_date: null,
    speaker: null,
    period: null,
    title: '2023年天门市政府工作报告',
    url: 'http://www.tianmen.gov.cn/a.html',
    targets: [item()],
    actuals: [
      item({
        indicator: 'gdp_level',
        label: '地区生产总值',
        measure: 'level',
        value: 720,
        unit: '亿元',
        qualifier: null,
      }),
    ],
    tasks: [],
    rows: [],
    text_length: 100,
    ...over,
  };
}

export function capture(over: Partial<PageCapture> = {}): PageCapture {
  return {
    url: 'http://www.tianmen.gov.cn/a.html',
    title: '2023年天门市政府工作报告',
    text: '2023年天门市政府工作报告\n各位代表:\n地区生产总值增长6%左右。',
    extraction: extraction(),
    ...over,
  };
}

/** Every record in full, newest first, texts joined back: what a test compares before and after. */
export function list(db: LibraryDB): Promise<SavedReport[]> {
  return db.transaction('r', db.reports, db.texts, async () =>
    withTexts(db, await db.reports.orderBy('savedAt').reverse().toArray()),
  );
}
