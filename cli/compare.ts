// npm run --silent compare -- FILE...
// Every file but the last is the saved library; prints one JSON object comparing the last file with it:
// outcomes (last year's targets met?), changes (targets raised or lowered), peers (other regions' targets)
// and tasks (a progress notice's rows linked to the sentences of the work report they track). A last file
// holding several reports gives one object per report, one per line. A library file that cannot be read is
// reported on stderr and left out (exit code 1); without the last file there is nothing to compare.
import { compareReport, type Saved } from '../core/compare';
import { extractReports } from '../core/shapes/reports';
import { reportFailure } from './errors';
import { readSource } from './files';
import { run, writeOut } from './output';

/** A file's records together with the texts their offsets refer to (linking needs the report's words). */
async function load(file: string): Promise<Saved[]> {
  const src = await readSource(file);
  const found = extractReports(
    { text: src.text, url: src.url, title: src.title, site: src.site },
    { tableRows: src.tableRows },
  );
  return found.map((f) => ({ ...f.extraction, text: f.text }));
}

async function main(files: string[]): Promise<number> {
  if (!files.length) {
    process.stderr.write('usage: npm run --silent compare -- [LIBRARY_FILE...] FILE\n');
    return 2;
  }
  const library: Saved[] = [];
  let failed = 0;
  for (const file of files.slice(0, -1)) {
    try {
      library.push(...(await load(file)));
    } catch (e) {
      reportFailure('compare', file, e);
      failed++;
    }
  }
  const last = files[files.length - 1];
  let current: Saved[];
  try {
    current = await load(last);
  } catch (e) {
    reportFailure('compare', last, e);
    return 1;
  }
  for (const report of current) {
    const result = compareReport(report, library);
    const out = {
      file: last,
      kind: report.kind,
      region: report.region,
      report_year: report.report_year,
      ...result,
      tasks: result.tasks.map(({ no, task, status, gwr_text, match }) => ({ no, task, status, gwr_text, match })),
    };
    await writeOut((current.length === 1 ? JSON.stringify(out, null, 2) : JSON.stringify(out)) + '\n');
  }
  return failed ? 1 : 0;
}

run('compare', main);
