// npm run --silent extract -- FILE...   (see README and ../shared/corpus/SCHEMA.md)
// One file: one pretty JSON object. Several: one JSON object per line, in order.
import { extractFile } from './files';

async function main(files: string[]): Promise<number> {
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

// Set the exit code and let Node exit on its own: process.exit() would drop output a pipe has not taken yet.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
