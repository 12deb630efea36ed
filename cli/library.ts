// npm run --silent library -- [--format jsonl] FILE...
// A fresh library from the files in the order given, exactly as the extension would save them: every report
// of a compilation on its own, parts of one report merged (in any order), the same report from another file
// kept once. One JSON object per line per resulting record: the extract fields, plus `sources` (the files and,
// where known, URLs that contributed, in order), `parts` (for a report saved in parts: {count, present,
// missing}) and `duplicates` (files found to be the same report, not stored again).
// A file that cannot be read, or holds no report, is one line on stderr; the others still count; exit code 1.
import { Library, type LibraryRecord } from '../core/shapes/library';
import { causeOf, reportFailure } from './errors';
import { readSource } from './files';
import { run, writeOut } from './output';

// The output formats. CSV and XLSX come from the builders in core/exchange (planned): each is one entry here,
// taking the records and writing them out.
const FORMATS: Record<string, (records: LibraryRecord[]) => Promise<void>> = {
  jsonl: async (records) => {
    for (const r of records) {
      const { extraction, sources, parts, duplicates } = r;
      await writeOut(JSON.stringify({ ...extraction, sources, parts, duplicates }) + '\n');
    }
  },
};

const USAGE = `usage: npm run --silent library -- [--format ${Object.keys(FORMATS).join('|')}] FILE...\n`;

async function main(args: string[]): Promise<number> {
  let format = 'jsonl';
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--format') format = args[++i] ?? '';
    else if (args[i].startsWith('--format=')) format = args[i].slice('--format='.length);
    else files.push(args[i]);
  }
  const write = FORMATS[format];
  if (!write || !files.length) {
    if (!write) process.stderr.write(`library: no output format "${format}" (csv and xlsx are planned)\n`);
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
    await write(library.records());
  } catch (e) {
    process.stderr.write(`library: ${causeOf(e)}\n`);
    return 1;
  }
  return failed ? 1 : 0;
}

run('library', main);
