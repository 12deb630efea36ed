// Every page-kind example the detectors are tested on: the corpus (work reports and the progress
// notice) and the hand-written near misses in test/fixtures/detect/<name>.<kind>.txt.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Kind } from '../../../core/types';
import { clean } from '../../../core/text/clean';

export interface Example {
  name: string;
  kind: Kind;
  text: string;
}

const root = join(__dirname, '../../fixtures');

function corpusKind(file: string): Kind {
  return file.endsWith('-progress.txt') ? 'progress' : 'gwr';
}

export function examples(): Example[] {
  const out: Example[] = [];
  const corpus = join(root, 'corpus/reports');
  for (const f of readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    // As core reads it: written-out line breaks and entities decoded (core/text/clean.ts).
    out.push({ name: `corpus/${f}`, kind: corpusKind(f), text: clean(readFileSync(join(corpus, f), 'utf8')).text });
  }
  const detect = join(root, 'detect');
  for (const f of readdirSync(detect)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const kind = f.split('.').at(-2) as Kind;
    out.push({ name: `detect/${f}`, kind, text: readFileSync(join(detect, f), 'utf8') });
  }
  return out;
}

/** The example as an HTML page would give it: its first line as the page title, the rest as text. */
export function titled(e: Example): { title: string; text: string } {
  const lines = e.text.split('\n');
  const first = lines.findIndex((l) => l.trim());
  return { title: lines[first].trim(), text: lines.slice(first + 1).join('\n') };
}
