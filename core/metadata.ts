// STUB until the metadata work lands. Signature is the contract.
import type { Kind, Metadata } from './types';

export function extractMetadata(_norm: string, _page: { url: string; title: string; kind: Kind }): Metadata {
  return { region: null, level: null, province: null, report_year: null, review_year: null, meeting_date: null, speaker: null, period: null };
}
