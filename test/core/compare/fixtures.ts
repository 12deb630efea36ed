// Hand-built records for the comparison tests: only the fields a comparison reads are meaningful.
import type { Extraction, Item } from '../../../core/types';

export function item(indicator: string, value: number | null, more: Partial<Item> = {}): Item {
  return {
    indicator,
    label: more.label ?? indicator,
    measure: value === null ? 'qualitative' : 'growth',
    value,
    value_max: null,
    unit: value === null ? null : '%',
    qualifier: null,
    text: more.text ?? `${indicator} ${value}`,
    start: 0,
    end: 0,
    ...more,
  };
}

export function report(
  region: string,
  year: number,
  more: Partial<Extraction> & { text?: string } = {},
): Extraction & { text?: string } {
  return {
    kind: 'gwr',
    confidence: 1,
    reasons: [],
    region,
    level: 'prefecture',
    province: '湖北省',
    report_year: year,
    review_year: year - 1,
    meeting_date: null,
    speaker: null,
    period: null,
    title: null,
    url: null,
    targets: [],
    actuals: [],
    tasks: [],
    rows: [],
    text_length: 0,
    ...more,
  };
}
