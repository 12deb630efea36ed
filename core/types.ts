// The vocabulary shared by extraction, storage, comparison and the views.
// Field names follow ../shared/corpus/SCHEMA.md (snake_case where the schema has it),
// so that a record can be printed as the gold format without renaming.
import type { LimitNote } from './read/limits';
import type { RuleName } from './read/rules';

export type { LimitNote, RuleName };

export type Kind = 'gwr' | 'progress' | 'other';
export type Level = 'national' | 'province' | 'prefecture' | 'county';
export type Measure = 'growth' | 'level' | 'rate' | 'qualitative';

/** A target or a result. `text` is the exact span `input.slice(start, end)` it was read from. */
export interface Item {
  indicator: string; // taxonomy id (core/read/indicators.ts) or 'other'
  label: string; // the indicator as worded, in simplified characters
  measure: Measure;
  value: number | null; // falls are negative; null for qualitative items
  value_max: number | null; // upper bound of a range
  unit: string | null;
  qualifier: string | null; // 左右 以上 以内 力争 突破 超 ...
  text: string;
  start: number;
  end: number;
  relative_to?: string; // 全省, 全国, 全市 ... when stated against another area
  estimated?: boolean; // actuals: the sentence says 预计
  rule?: RuleName; // the reader's rule that kept it (core/read/rules.ts); absent in records saved before rules had names
}

/** A quantitative commitment from the work-plan sections (新建高标准农田10万亩). */
export interface TaskTarget {
  section: string; // the nearest heading above it
  label: string; // what is to be done, simplified (新建高标准农田)
  value: number;
  value_max: number | null;
  unit: string | null;
  qualifier: string | null;
  text: string; // exact span of the input
  start: number;
  end: number;
  /** The sentence around the task, exact span of the input; a window of it when the sentence is long (core/read/tasks.ts). */
  sentence: string;
  sentence_start?: number;
  sentence_end?: number;
}

export type ProgressStatus = string; // 有序推进 推进缓慢 已完成 已达“双过半” ... as written

export interface ProgressRow {
  no: number;
  task: string; // the task cell exactly as in the input
  lead: string[];
  partners: string[];
  progress: string; // the progress cell (上半年进展情况)
  status: ProgressStatus;
}

export interface Detection {
  kind: Kind;
  confidence: number; // 0..1
  reasons: string[]; // short machine-readable reasons, e.g. 'title:政府工作报告'
}

export interface Metadata {
  region: string | null;
  level: Level | null;
  province: string | null;
  report_year: number | null;
  review_year: number | null;
  meeting_date: string | null; // ISO yyyy-mm-dd when stated
  speaker: string | null;
  period: string | null; // progress notices: 'H1', 'Q1'..., 'Y'
}

/** What core returns for one page. */
export interface Extraction extends Metadata {
  kind: Kind;
  confidence: number;
  reasons: string[];
  title: string | null;
  url: string | null;
  targets: Item[];
  actuals: Item[];
  tasks: TaskTarget[];
  rows: ProgressRow[];
  /** Length of the text the offsets refer to. */
  text_length: number;
  /** Limits of core/read/limits.ts that this extraction reached (absent when none was). */
  limits?: LimitNote[];
}

/** Cheap signals the content script can read without layout or Readability. */
export interface PageSignals {
  url: string;
  title: string;
  headings: string[]; // h1-h3 text, a handful at most
  text: string; // a bounded slice of body text (core/read/detect.ts says how much is read)
}

export interface PageInput {
  text: string;
  url?: string | null;
  title?: string | null;
  /** The publishing site's own name (<meta name="SiteName">, og:site_name): 商洛市人民政府. */
  site?: string | null;
}
