// Region, year and kind of a page from the content script's few lines, for the badge's "saved from another
// address?" (the same region, year and kind as a saved report: storage/library.ts findRow). The popup reads
// the same fields from the whole page; here core's metadata reads the title, headings and opening lines.
import { extractMetadata } from '../../core/read/metadata';
import { normalize } from '../../core/text/normalize';
import type { Detection, PageSignals } from '../../core/types';
import type { ReportIdentity } from '../../storage/library';

export function cheapIdentity(signals: PageSignals, detection: Detection): ReportIdentity | null {
  if (detection.kind === 'other') return null;
  const norm = normalize(`${signals.headings.join('\n')}\n${signals.text}`);
  const meta = extractMetadata(norm, { url: signals.url, title: signals.title, kind: detection.kind });
  return { kind: detection.kind, region: meta.region, report_year: meta.report_year, period: meta.period };
}
