// npm run --silent extract -- FILE...   (see README and ../shared/corpus/SCHEMA.md)
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { extractReport } from '../core/extract';
import { extractFromHtml } from './html';

async function extractFile(file: string) {
  const raw = await readFile(file);
  const ext = extname(file).toLowerCase();
  const url = `file://${file}`;
  if (ext === '.html' || ext === '.htm') return extractFromHtml(raw.toString('utf8'), url);
  return extractReport({ text: raw.toString('utf8'), url, title: null });
}

async function main(files: string[]) {
  if (!files.length) {
    process.stderr.write('usage: npm run --silent extract -- FILE...\n');
    return 2;
  }
  const out: string[] = [];
  for (const file of files) {
    try {
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

main(process.argv.slice(2)).then((code) => process.exit(code));
