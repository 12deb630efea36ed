// What the dashboard asks of the library: declared with its implementation in storage/ (storage/source.ts).
export type { LibrarySource, LoadedReport, Removed, ReportSummary, RowDetail } from '../../storage/source';
