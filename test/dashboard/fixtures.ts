// Generated libraries for the dashboard tests.
import type { Extraction, Item, Kind } from '../../core/types';
import type { LibrarySource, LoadedReport, Removed, ReportSummary } from '../../components/dashboard/source';

const REGIONS = ['天门市', '宁波市', '襄阳市', '湖北省', '浙江省', '仙桃市', '潜江市', '武汉市'];

export function item(indicator: string, label: string, value: number, over: Partial<Item> = {}): Item {
  const text = `${label}增长${value}%`;
  return {
    indicator,
    label,
    measure: 'growth',
    value,
    value_max: null,
    unit: '%',
    qualifier: null,
    text,
    start: 0,
    end: text.length,
    ...over,
  };
}

export function extraction(region: string | null, year: number | null, over: Partial<Extraction> = {}): Extraction {
  return {
    kind: 'gwr',
    confidence: 1,
    reasons: [],
    title: `${year}年${region}政府工作报告`,
    url: null,
    region,
    level: region?.endsWith('省') ? 'province' : 'prefecture',
    province: '湖北省',
    report_year: year,
    review_year: year === null ? null : year - 1,
    meeting_date: null,
    speaker: null,
    period: null,
    text_length: 0,
    targets: [],
    actuals: [],
    tasks: [],
    rows: [],
    ...over,
  };
}

/** n summaries spread over regions, years and kinds. */
export function summaries(n: number): ReportSummary[] {
  const kinds: Kind[] = ['gwr', 'gwr', 'gwr', 'progress', 'other'];
  return Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    region: i % 97 === 0 ? null : `${REGIONS[i % REGIONS.length]}${Math.floor(i / 80)}`,
    report_year: 2015 + (i % 11),
    kind: kinds[i % kinds.length],
  }));
}

/** An in-memory LibrarySource that counts what it is asked for. */
export function memorySource(list: ReportSummary[], reports = new Map<number, LoadedReport>()) {
  let rows = [...list];
  const calls = { summaries: 0, details: 0, detailIds: 0, allTitles: 0, load: 0, loadIds: 0 };
  const titleOf = (id: number) => reports.get(id)?.title ?? `报告${id}`;
  const source: LibrarySource = {
    async summaries() {
      calls.summaries++;
      return [...rows];
    },
    async details(ids) {
      calls.details++;
      calls.detailIds += ids.length;
      return new Map(ids.map((id) => [id, { title: titleOf(id), savedAt: id * 1000 }]));
    },
    async allTitles() {
      calls.allTitles++;
      return new Map(rows.map((r) => [r.id, titleOf(r.id)]));
    },
    async load(ids) {
      calls.load++;
      calls.loadIds += ids.length;
      return ids.map((id) => reports.get(id)).filter((r): r is LoadedReport => !!r);
    },
    async remove(id) {
      const r = rows.find((x) => x.id === id);
      if (!r) return null;
      rows = rows.filter((x) => x !== r);
      return { id, record: r };
    },
    async restore(removed: Removed) {
      rows.push(removed.record as ReportSummary);
      rows.sort((a, b) => a.id - b.id);
      return [];
    },
  };
  return { source, calls, rows: () => rows };
}
