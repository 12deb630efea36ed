// Comparison view models for one report against the saved library (pure: records in, plain data out).
// - outcomes: last year's targets (the Y−1 report) against the results this report (Y) states;
// - changes:  this year's targets against last year's;
// - peers:    the same targets of other saved regions, with rank, median and the area above;
// - tasks:    a progress notice's rows linked to the sentences of the work report they track.
import type { Extraction } from '../types';
import { changes, type Change } from './changes';
import { noticeFor, reportFor, sourceCandidates, type Saved } from './library';
import { makeLinker } from './link';
import { outcomes, type Outcome } from './outcomes';
import { peers, type Peer, type PeerGroup } from './peers';
import { statusCounts, taskViews, type TaskView } from './tasks';

export type { Change, Outcome, Peer, PeerGroup, Saved, TaskView };

export interface Comparison {
  /** The report whose targets the outcomes and changes are measured against (Y−1), when saved. */
  previous: { region: string | null; report_year: number | null } | null;
  outcomes: Outcome[];
  changes: Change[];
  peers: Peer[];
  peer_groups: PeerGroup[];
  /** The work report the tasks were linked to, when one was found. */
  source: { region: string | null; report_year: number | null; title: string | null } | null;
  tasks: TaskView[];
  task_counts: Array<{ status: string; count: number }>;
}

/** The work report a progress notice tracks: same region and year where known, the best-linking one. */
function sourceReport(notice: Saved, library: Saved[]): Saved | null {
  const candidates = sourceCandidates(library, notice);
  if (candidates.length <= 1) return candidates[0] ?? null;
  let best: Saved | null = null,
    bestLinks = -1;
  for (const r of candidates) {
    const link = makeLinker(r.text!);
    const links = notice.rows.filter((row) => link(row.task).text !== null).length;
    if (links > bestLinks) [best, bestLinks] = [r, links];
  }
  return best;
}

export function compareReport(
  current: Extraction & { text?: string },
  library: Array<Extraction & { text?: string }>,
): Comparison {
  const out: Comparison = {
    previous: null,
    outcomes: [],
    changes: [],
    peers: [],
    peer_groups: [],
    source: null,
    tasks: [],
    task_counts: [],
  };
  if (current.kind === 'progress') {
    const src = sourceReport(current, library);
    out.source = src ? { region: src.region, report_year: src.report_year, title: src.title } : null;
    out.tasks = taskViews(current.rows, src?.text ?? null);
    out.task_counts = statusCounts(current.rows);
    return out;
  }
  if (current.kind !== 'gwr') return out;
  const previous = reportFor(library, current, current.report_year === null ? null : current.report_year - 1);
  if (previous) {
    out.previous = { region: previous.region, report_year: previous.report_year };
    out.outcomes = outcomes(current, previous, library);
    out.changes = changes(current, previous);
  }
  const p = peers(current, library);
  out.peers = p.peers;
  out.peer_groups = p.groups;
  // A saved progress notice on this report: its tasks, linked to this report's sentences.
  const notice = noticeFor(library, current);
  if (notice && current.text) {
    out.source = { region: current.region, report_year: current.report_year, title: current.title };
    out.tasks = taskViews(notice.rows, current.text);
    out.task_counts = statusCounts(notice.rows);
  }
  return out;
}
