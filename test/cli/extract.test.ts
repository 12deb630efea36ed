// The extract and compare commands on many files: each failure is one line on stderr with its file and cause,
// the other files still print, the exit code says some failed, and output survives a pipe.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run';
import { SEED, corpusText } from '../shapes/corpus';

// Each test spawns the command (a Node start and a TypeScript load): slow on a busy machine, never wrong.

let dir = '';
const at = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gwr-cli-'));
  writeFileSync(at('seed.txt'), SEED.map(corpusText).join(''));
  writeFileSync(at('gaoan.txt'), corpusText('gaoan-2023-gwr'));
  writeFileSync(
    at('binary.txt'),
    Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256),
  );
  writeFileSync(at('old.doc'), Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  mkdirSync(at('folder.txt'));
});

describe('extract on many files', () => {
  it('reports each bad file with its cause and still prints the good ones; exit code 1', () => {
    const r = runCli('extract', [
      at('gaoan.txt'),
      at('missing.txt'),
      at('folder.txt'),
      at('binary.txt'),
      at('old.doc'),
      at('gaoan.txt'),
    ]);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).region)).toEqual(['高安市', '高安市']);
    const errors = r.stderr.trim().split('\n');
    expect(errors).toEqual([
      `extract: ${at('missing.txt')}: not found`,
      `extract: ${at('folder.txt')}: a directory, not a file`,
      expect.stringMatching(/^extract: .*binary\.txt: unreadable-encoding: /),
      expect.stringMatching(/^extract: .*old\.doc: legacy-doc: /),
    ]);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('prints one object per report of a compilation, each with part_of', () => {
    const r = runCli('extract', [at('seed.txt')]);
    expect(r.status).toBe(0);
    const recs = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(recs.map((x) => x.part_of.index)).toEqual(SEED.map((_, i) => i + 1));
    expect(new Set(recs.map((x) => x.part_of.count))).toEqual(new Set([16]));
  });

  it('delivers output of several MB whole through a pipe', () => {
    const files = Array.from({ length: 6 }, () => at('seed.txt'));
    const r = runCli('extract', files, 'cat');
    expect(r.status).toBe(0);
    // A pipe takes 64 KB at a time: the output is many times that (about 2.5 MB today).
    expect(Buffer.byteLength(r.stdout)).toBeGreaterThan(1_000_000);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(6 * 16);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });
});

describe('compare', () => {
  it('says what is wrong with a file, without a stack trace', () => {
    const r = runCli('compare', [at('missing.txt'), at('gaoan.txt')]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`compare: ${at('missing.txt')}: not found`);
    expect(JSON.parse(r.stdout).region).toBe('高安市');
    const last = runCli('compare', [at('gaoan.txt'), at('old.doc')]);
    expect(last.status).toBe(1);
    expect(last.stdout).toBe('');
    expect(last.stderr).toMatch(/^compare: .*old\.doc: legacy-doc: [^\n]+\n$/);
  });
});
