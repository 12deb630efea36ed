// npm run --silent library -- [--format jsonl|csv|xlsx] [--lang zh|en] FILE...
// A fresh library from the files in the order given, exactly as the extension would save them: every report
// of a compilation on its own, parts of one report merged (in any order), the same report from another file
// kept once. One JSON object per line per resulting record: the extract fields, plus `sources` (the files and,
// where known, URLs that contributed, in order), `parts` (for a report saved in parts: {count, present,
// missing}) and `duplicates` (files found to be the same report, not stored again).
// --format csv: the library CSV (one row per item, codes kept, headers in --lang, default zh); --format xlsx: the
// panel workbook (region × year × indicator, task targets, progress tasks), the dashboard's export byte for byte
// in content. Both from the builders in core/exchange.
// A file that cannot be read, or holds no report, is one line on stderr; the others still count; exit code 1.
import { Library, type LibraryRecord } from '../core/shapes/library';
import { causeOf, reportFailure } from './errors';
import { readSource } from './files';
import { run, writeOut } from './output';
import { libraryCsv } from '../core/exchange/csv';
import { panelXlsx } from '../core/exchange/xlsx';
import { catalogLookup } from '../core/exchange/catalog';
import type { Lookup } from '../core/exchange/columns';
import { once } from 'node:events';

const exported = (records: LibraryRecord[]) =>
  records.map((r) => ({ title: r.extraction.title, url: r.extraction.url, extraction: r.extraction }));

async function writeBytes(bytes: Uint8Array): Promise<void> {
  if (!process.stdout.write(bytes)) await once(process.stdout, 'drain');
}

// The output formats: each is one entry here, taking the records and writing them out.
const FORMATS: Record<string, (records: LibraryRecord[], t: Lookup) => Promise<void>> = {
  csv: (records, t) => writeOut(libraryCsv(exported(records), t)),
  xlsx: async (records, t) => writeBytes(await panelXlsx(exported(records), t)),
  jsonl: async (records) => {
    for (const r of records) {
      const { extraction, sources, parts, duplicates } = r;
      await writeOut(JSON.stringify({ ...extraction, sources, parts, duplicates }) + '\n');
    }
  },
};

const USAGE = `usage: npm run --silent library -- [--format ${Object.keys(FORMATS).join('|')}] [--lang zh|en] FILE...\n`;

async function main(args: string[]): Promise<number> {
  let format = 'jsonl',
    lang = 'zh';
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--format') format = args[++i] ?? '';
    else if (args[i].startsWith('--format=')) format = args[i].slice('--format='.length);
    else if (args[i] === '--lang') lang = args[++i] ?? '';
    else if (args[i].startsWith('--lang=')) lang = args[i].slice('--lang='.length);
    else files.push(args[i]);
  }
  if (lang !== 'zh' && lang !== 'en') {
    process.stderr.write(`library: no language "${lang}" (zh or en)\n`);
    process.stderr.write(USAGE);
    return 2;
  }
  const write = FORMATS[format];
  if (!write || !files.length) {
    if (!write) process.stderr.write(`library: no output format "${format}"\n`);
    process.stderr.write(USAGE);
    return 2;
  }
  const library = new Library();
  let failed = 0;
  for (const file of files) {
    try {
      const src = await readSource(file);
      const outcomes = await library.add({ ...src, file });
      for (const o of outcomes) {
        if (o.status !== 'not-a-report') continue;
        const which = o.source.piece ? ` (report ${o.source.piece.index} of ${o.source.piece.count})` : '';
        process.stderr.write(`library: ${file}${which}: not a report\n`);
        failed++;
      }
    } catch (e) {
      reportFailure('library', file, e);
      failed++;
    }
  }
  try {
    await write(library.records(), catalogLookup(lang));
  } catch (e) {
    process.stderr.write(`library: ${causeOf(e)}\n`);
    return 1;
  }
  return failed ? 1 : 0;
}

run('library', main);
