// One fuzz case: extract, check the invariants, extract again after another input (global regex
// state or caches must not leak between calls) and require the same JSON. Failing inputs are
// written to a temporary folder so that they can be replayed outside the test.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractReport } from '../../core/extract';
import type { Extraction } from '../../core/types';
import { checkExtraction, preview } from './check';

export interface Failure {
  name: string; // case name, with the seed when random
  input: string; // preview of the input
  saved: string | null; // where the full input was written
  problems: string[];
}

const OTHER = '政府工作报告\n主要预期目标:地区生产总值增长5%左右。\n2026年工作安排\n新建高标准农田10万亩。';

export const failureDir = join(tmpdir(), 'gwr-fuzz-failures');

function save(name: string, text: string): string | null {
  try {
    mkdirSync(failureDir, { recursive: true });
    const file = join(failureDir, name.replace(/[^\w.-]+/g, '_').slice(0, 80) + '.txt');
    writeFileSync(file, text, 'utf8');
    return file;
  } catch {
    return null;
  }
}

function run(text: string, url: string | null, title: string | null): Extraction {
  return extractReport({ text, url, title });
}

export function fuzzCase(
  name: string,
  text: string,
  page: { url?: string | null; title?: string | null } = {},
): Failure | null {
  const url = page.url ?? null;
  const title = page.title ?? null;
  const problems: string[] = [];
  let first: Extraction | null = null;
  try {
    first = run(text, url, title);
  } catch (e) {
    problems.push(`threw: ${(e as Error)?.stack ?? String(e)}`);
  }
  if (first) {
    problems.push(...checkExtraction(text, first));
    try {
      run(OTHER, 'http://www.example.gov.cn/a.html', '另一份报告');
      const again = run(text, url, title);
      if (JSON.stringify(again) !== JSON.stringify(first))
        problems.push('not deterministic: a second run gave different JSON');
    } catch (e) {
      problems.push(`second run threw: ${(e as Error)?.stack ?? String(e)}`);
    }
  }
  if (!problems.length) return null;
  return { name, input: preview(text), saved: save(name, text), problems: problems.slice(0, 5) };
}

export function describeFailures(fs: Failure[]): string {
  return fs
    .map((f) => `- ${f.name}: ${f.input}${f.saved ? `\n  saved: ${f.saved}` : ''}\n  ${f.problems.join('\n  ')}`)
    .join('\n');
}
