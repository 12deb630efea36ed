// A library built from documents in the order they come, as the extension saves them: every report of a
// compilation on its own, parts of one report merged into one record (whatever their order), the same report
// from another address or file kept once (core/shapes/identity.ts decides what is the same). Pure: the CLI's
// `library` command and an extension page's bulk import give it documents already read (core/shapes/file.ts).
import { extractReport } from '../extract';
import { addressOf, canonicalUrl, contentHash, matchRecord, reportKey, type MatchVia } from './identity';
import { mergeParts, partOf, type Pager, type PartSignals, type PartStatus } from './parts';
import { extractReports, type PieceOf } from './reports';
import type { Extraction, ProgressRow } from '../types';

export interface LibraryDocument {
  /** The file it was read from (the CLI), when there is one. */
  file?: string;
  url: string | null;
  text: string;
  title: string | null;
  site: string | null;
  tableRows?: ProgressRow[];
  pager?: Pager | null;
}

/** A document (or one report of it) that went into a record. */
export interface Source {
  file?: string;
  url: string | null;
  /** Its place in a compilation, when the document held several reports. */
  piece?: { index: number; count: number };
}

export type Outcome =
  | { status: 'created' | 'updated' | 'merged' | 'duplicate'; source: Source; record: number; via?: MatchVia | 'part' }
  | { status: 'not-a-report'; source: Source };

export interface LibraryRecord {
  extraction: Extraction;
  /** The text the extraction's offsets refer to (for parts: the parts joined in order). */
  text: string;
  sources: Source[];
  /** For a report saved in parts: which are there. */
  parts: PartStatus | null;
  /** Documents found to be the same report and not stored again (another site's copy). */
  duplicates: Source[];
}

interface Entry {
  source: Source;
  address: string;
  hash: string;
  text: string;
  url: string | null;
  title: string | null;
  site: string | null;
  tableRows: ProgressRow[];
  signals: PartSignals | null;
  extraction: Extraction;
}

interface Held extends LibraryRecord {
  id: number;
  entries: Entry[];
  key: string | null;
  /** The record this one was folded into (its parts turned out to be a report already saved whole). */
  gone: Held | null;
}

export class Library {
  private held: Held[] = [];
  private byAddress = new Map<string, Held>();
  private byHash = new Map<string, Held>();
  private byReport = new Map<string, Held>();

  /** Adds one document: one outcome for each report it holds. */
  async add(doc: LibraryDocument): Promise<Outcome[]> {
    const found = extractReports(
      { text: doc.text, url: doc.url, title: doc.title, site: doc.site },
      { tableRows: doc.tableRows },
    );
    const outcomes: Outcome[] = [];
    for (const f of found) outcomes.push(await this.addOne(doc, f.text, f.extraction, f.part_of, found.length));
    return outcomes;
  }

  records(): LibraryRecord[] {
    return this.held
      .filter((r) => !r.gone)
      .map(({ extraction, text, sources, parts, duplicates }) => ({
        extraction,
        text,
        sources,
        parts,
        duplicates,
      }));
  }

  private async addOne(
    doc: LibraryDocument,
    text: string,
    extraction: Extraction,
    piece: PieceOf | null,
    pieces: number,
  ): Promise<Outcome> {
    const source: Source = { ...(doc.file !== undefined && { file: doc.file }), url: doc.url };
    if (piece) source.piece = { index: piece.index, count: piece.count };
    const address = addressOf(doc.url ?? `file:${doc.file ?? ''}`, piece);
    const hash = await contentHash(text);
    // A page read as a whole may be a part (its address, pager or marks say so); a report of a compilation by its marks only.
    const signals = pieces === 1 ? partOf(text, doc.url, doc.pager ?? null) : partOf(text, null);
    const entry: Entry = {
      source,
      address,
      hash,
      text,
      url: doc.url,
      title: pieces === 1 ? doc.title : null,
      site: doc.site,
      tableRows: pieces === 1 ? (doc.tableRows ?? []) : [],
      signals,
      extraction,
    };
    if (extraction.kind === 'other' && !signals) return { status: 'not-a-report', source };
    const match = await matchRecord(
      { address, hash, extraction },
      {
        byAddress: (a) => this.byAddress.get(a),
        byHash: (h) => this.byHash.get(h),
        byReport: (k) => this.byReport.get(k),
      },
    );
    if (match && match.via !== 'same-report') {
      // The same page again (or its mirror): it replaces what it was, the record keeps its place.
      const r = match.record;
      const i = r.entries.findIndex((e) => e.address === address || e.hash === hash);
      r.entries[i] = entry;
      return this.settle(r, source, 'updated', match.via);
    }
    // A part joins the parts it continues first: together they may turn out to be a report already saved.
    const partner = signals ? this.partnerOf(entry) : undefined;
    if (partner) {
      let r = partner;
      while (r.gone) r = r.gone;
      if (!r.parts) {
        // Its other parts were found to be a report already saved whole: so is this one.
        r.duplicates.push(source);
        return { status: 'duplicate', source, record: r.id, via: 'part' };
      }
      r.entries.push(entry);
      return this.settle(r, source, 'merged', 'part');
    }
    if (match) {
      const r = match.record;
      // A copy of a report already saved (whole, or a part beside a whole copy) is another site's copy.
      if (!signals || !r.parts) {
        r.duplicates.push(source);
        return { status: 'duplicate', source, record: r.id, via: 'same-report' };
      }
      r.entries.push(entry);
      return this.settle(r, source, 'merged', 'same-report');
    }
    const r: Held = {
      id: this.held.length + 1,
      entries: [entry],
      key: null,
      extraction,
      text,
      sources: [],
      parts: null,
      duplicates: [],
      gone: null,
    };
    this.held.push(r);
    return this.settle(r, source, 'created');
  }

  /**
   * Re-reads the record and files it. Parts saved before their report was known (a second half names no
   * region) can turn out to be a report already in the library: parts then join that record's parts, and
   * beside a whole copy they are a duplicate of it.
   */
  private settle(r: Held, source: Source, status: 'created' | 'updated' | 'merged', via?: MatchVia | 'part'): Outcome {
    this.refresh(r, source);
    const other = r.key === null ? undefined : this.byReport.get(r.key);
    if (!other || other === r || !r.parts) return { status, source, record: r.id, ...(via && { via }) };
    if (other.parts) {
      r.gone = other;
      other.entries.push(...r.entries);
      this.refresh(other, source);
      return { status: 'merged', source, record: other.id, via: 'same-report' };
    }
    r.gone = other;
    other.duplicates.push(...r.sources);
    for (const e of r.entries) {
      this.byAddress.set(e.address, other);
      this.byHash.set(e.hash, other);
    }
    return { status: 'duplicate', source, record: other.id, via: 'same-report' };
  }

  /**
   * An unfinished report this part belongs to: the same article by its address (t…_123.html and t…_123_1.html),
   * or a newspaper part waiting for this one ((下转…) meets (上接…)) whose region and year do not disagree.
   */
  private partnerOf(entry: Entry): Held | undefined {
    const s = entry.signals!;
    for (let i = this.held.length - 1; i >= 0; i--) {
      const r = this.held[i];
      if (!r.parts) continue;
      if (s.article && r.entries.some((e) => e.signals?.article === s.article)) return r;
    }
    for (let i = this.held.length - 1; i >= 0; i--) {
      const r = this.held[i];
      if (!r.parts || r.gone || !agree(r.extraction, entry.extraction)) continue;
      // Entries are kept in reading order: the first may wait for an earlier part, the last for a later one.
      const waitsBefore = r.entries[0].signals?.continuesFrom;
      const waitsAfter = r.entries[r.entries.length - 1].signals?.continuesTo;
      if ((s.continuesFrom && waitsAfter) || (s.continuesTo && waitsBefore)) return r;
    }
    return undefined;
  }

  /** Re-reads a record from its entries (parts joined in order), and files it under its keys. */
  private refresh(r: Held, source: Source): void {
    if (!r.sources.some((x) => sameSource(x, source))) r.sources.push(source);
    const partial = r.entries.length > 1 || r.entries[0].signals !== null;
    if (!partial) {
      const e = r.entries[0];
      r.extraction = e.extraction;
      r.text = e.text;
      r.parts = null;
    } else {
      const merged = mergeParts(r.entries);
      const head = merged.ordered[0];
      r.entries = merged.ordered;
      r.text = merged.text;
      r.extraction = extractReport({ text: merged.text, url: head.url, title: head.title, site: head.site });
      r.parts = merged.status;
      r.sources = merged.ordered.map((e) => e.source);
    }
    for (const e of r.entries) {
      this.byAddress.set(e.address, r);
      this.byHash.set(e.hash, r);
    }
    const key = reportKey(r.extraction);
    if (r.key !== null && r.key !== key && this.byReport.get(r.key) === r) this.byReport.delete(r.key);
    r.key = key;
    if (key !== null && !this.byReport.has(key)) this.byReport.set(key, r);
  }
}

/** Region and year agree where both are known (a part alone often names neither). */
function agree(a: Extraction, b: Extraction): boolean {
  const same = <T>(x: T | null, y: T | null) => x === null || y === null || x === y;
  return same(a.region, b.region) && same(a.report_year, b.report_year);
}

/** The same file at the same address (a fragment aside) and the same report of it. */
const sameSource = (a: Source, b: Source) =>
  a.file === b.file &&
  (a.url && canonicalUrl(a.url)) === (b.url && canonicalUrl(b.url)) &&
  a.piece?.index === b.piece?.index;
