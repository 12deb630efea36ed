// Report metadata: the issuing government (core/read/region.ts), the years (core/read/meta-year.ts), the
// speaker and, for progress notices, the period covered. Reads normalised text only.
import { findIssuer, headerOf } from './region';
import { findDating } from './meta-year';
import { findSpeaker } from './meta-speaker';
import { findPeriod } from './meta-period';
import type { Kind, Metadata } from '../types';

export function extractMetadata(
  norm: string,
  page: { url: string; title: string; kind: Kind; site?: string },
): Metadata {
  const header = `${page.title}\n${headerOf(norm)}`;
  const { report_year, meeting_date } = findDating(norm, header);
  // Places are named as they were in the report's year: 满城县 in 2012, 满城区 from 2016.
  const issuer = findIssuer(norm, page.title, page.site ?? '', report_year);
  return {
    ...issuer,
    report_year,
    review_year: report_year === null ? null : report_year - 1,
    meeting_date: page.kind === 'progress' ? null : meeting_date,
    speaker: page.kind === 'progress' ? null : findSpeaker(header),
    period: page.kind === 'progress' ? findPeriod(header) : null,
  };
}
