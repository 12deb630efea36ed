// Small saved-report records for the backup tests.
import type { BackupRecord } from '../../../core/exchange/backup';
import type { Extraction } from '../../../core/types';

export function extraction(region: string, year: number, over: Partial<Extraction> = {}): Extraction {
  return {
    kind: 'gwr',
    confidence: 1,
    reasons: [],
    title: `${year}年${region}政府工作报告`,
    url: null,
    region,
    level: 'prefecture',
    province: null,
    report_year: year,
    review_year: year - 1,
    meeting_date: null,
    speaker: null,
    period: null,
    text_length: 20,
    targets: [
      {
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
      },
    ],
    actuals: [],
    tasks: [],
    rows: [],
    ...over,
  };
}

export function record(region: string, year: number, over: Partial<BackupRecord> = {}): BackupRecord {
  const url = `http://www.example.gov.cn/${encodeURIComponent(region)}/${year}.html`;
  return {
    url,
    urls: [url],
    title: `${year}年${region}政府工作报告`,
    text: `${region}${year}正文`,
    contentHash: `hash-${region}-${year}`,
    savedAt: 1000,
    updatedAt: 1000,
    extraction: extraction(region, year),
    corrections: {},
    ...over,
  };
}
