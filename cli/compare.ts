// npm run --silent compare -- FILE...
// Every file but the last is the saved library; prints one JSON object comparing the last file with it:
// outcomes (last year's targets met?), changes (targets raised or lowered), peers (other regions' targets)
// and tasks (a progress notice's rows linked to the sentences of the work report they track).
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { compareReport, type Saved } from '../core/compare';
import { extractPage } from '../core/shapes/page';
import { extractFile } from './files';

/** A file's record together with the text its offsets refer to (linking needs the report's words). */
async function load(file: string): Promise<Saved> {
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') {
    const { document } = parseHTML(await readFile(file, 'utf8'));
    const page = extractPage(document as unknown as Document, `file://${file}`);
    return { ...page.extraction, text: page.text };
  }
  const [rec, text] = await Promise.all([extractFile(file), readFile(file, 'utf8')]);
  return { ...rec, text };
}

async function main(files: string[]): Promise<number> {
  if (!files.length) {
    process.stderr.write('usage: npm run --silent compare -- [LIBRARY_FILE...] FILE\n');
    return 2;
  }
  const records: Saved[] = [];
  for (const file of files) {
    try {
      records.push(await load(file));
    } catch (e) {
      process.stderr.write(`compare: cannot read ${file}: ${(e as Error).message.split('\n')[0]}\n`);
      return 1;
    }
  }
  const current = records[records.length - 1];
  const result = compareReport(current, records.slice(0, -1));
  const out = {
    file: files[files.length - 1],
    kind: current.kind,
    region: current.region,
    report_year: current.report_year,
    ...result,
    tasks: result.tasks.map(({ no, task, status, gwr_text, match }) => ({ no, task, status, gwr_text, match })),
  };
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  return 0;
}

// Set the exit code and let Node exit on its own: process.exit() would drop output a pipe has not taken yet.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
