// npm run --silent extract -- FILE...   (see README and ../shared/corpus/SCHEMA.md)
// One file: one pretty JSON object. Several: one JSON object per line, in order.
// --explain FILE...: for each file, what the sentence reader read and which rule kept or dropped each number.
import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { extractFile } from './files';
import { explain, formatExplanation } from '../core/read/explain';
import { readDocument } from '../core/shapes/page';

async function explainFile(file: string): Promise<string> {
  const raw = await readFile(file, 'utf8');
  if (!/\.html?$/i.test(file)) return formatExplanation(explain({ text: raw, url: null, title: null }));
  const page = readDocument(parseHTML(raw).document as unknown as Document);
  const input = { text: page.text, url: `file://${file}`, title: page.title || null, site: page.site || null };
  return formatExplanation(explain(input, { tableRows: page.tableRows }));
}

async function main(args: string[]): Promise<number> {
  const explaining = args[0] === '--explain';
  const files = explaining ? args.slice(1) : args;
  if (!files.length) {
    process.stderr.write('usage: npm run --silent extract -- [--explain] FILE...\n');
    return 2;
  }
  const out: string[] = [];
  for (const file of files) {
    try {
      if (explaining) {
        out.push(`# ${file}\n${await explainFile(file)}`);
        continue;
      }
      const rec = await extractFile(file);
      out.push(files.length === 1 ? JSON.stringify(rec, null, 2) : JSON.stringify(rec));
    } catch (e) {
      process.stderr.write(`extract: cannot read ${file}: ${(e as Error).message.split('\n')[0]}\n`);
      return 1;
    }
  }
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}

// Set the exit code and let Node exit on its own: process.exit() would drop output a pipe has not taken yet.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
