// npm run --silent extract -- FILE...   (see README and ../shared/corpus/SCHEMA.md)
// One file holding one report: one pretty JSON object. Otherwise one JSON object per line, in order: a file
// that holds several reports gives one per report, each with part_of {index, count, start, end}.
// A file that cannot be read is one line on stderr (file and cause); the others still print, exit code 1.
// --explain FILE...: for each file, what the sentence reader read and which rule kept or dropped each number.
import { explain, formatExplanation } from '../core/read/explain';
import { extractReports } from '../core/shapes/reports';
import { reportFailure } from './errors';
import { readSource } from './files';
import { run, writeOut } from './output';

async function main(args: string[]): Promise<number> {
  const explaining = args[0] === '--explain';
  const files = explaining ? args.slice(1) : args;
  if (!files.length) {
    process.stderr.write('usage: npm run --silent extract -- [--explain] FILE...\n');
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    let lines: string[];
    try {
      const src = await readSource(file);
      const input = { text: src.text, url: src.url, title: src.title, site: src.site };
      if (explaining) {
        await writeOut(`# ${file}\n${formatExplanation(explain(input, { tableRows: src.tableRows }))}\n`);
        continue;
      }
      const found = extractReports(input, { tableRows: src.tableRows });
      const pretty = files.length === 1 && found.length === 1;
      lines = found.map(({ extraction, part_of }) => {
        const rec = { ...extraction, ...(part_of && { part_of }), format: src.format, encoding: src.encoding };
        return pretty ? JSON.stringify(rec, null, 2) : JSON.stringify(rec);
      });
    } catch (e) {
      reportFailure('extract', file, e);
      failed++;
      continue;
    }
    for (const line of lines) await writeOut(line + '\n');
  }
  return failed ? 1 : 0;
}

run('extract', main);
