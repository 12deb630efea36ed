// Fuzzing extractReport: no exception escapes, every span is the input slice, output is
// deterministic plain data. Replay a failure with FUZZ_SEED=<seed> (printed below) and read the
// saved input from the folder named in the failure message.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { baseSeed, mulberry32, int } from './prng';
import { edgeCases, mutateReport, randomUnits, tokenSoup } from './gen';
import { describeFailures, fuzzCase, type Failure } from './run';

const reportsDir = join(__dirname, '../fixtures/corpus/reports');
const reports = readdirSync(reportsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ file: f, text: readFileSync(join(reportsDir, f), 'utf8') }));

const SEED = baseSeed();
console.log(`extract fuzz: base seed ${SEED} (replay with FUZZ_SEED=${SEED})`);

function expectNone(fs: Array<Failure | null>) {
  const failures = fs.filter((f): f is Failure => f !== null);
  expect(failures, `${failures.length} failing case(s):\n${describeFailures(failures)}`).toEqual([]);
}

describe('extractReport under hostile input', () => {
  it('keeps its invariants on every corpus report as it is', () => {
    expectNone(
      reports.map((r) =>
        fuzzCase(`corpus ${r.file}`, r.text, { url: `http://www.example.gov.cn/${r.file}`, title: r.file }),
      ),
    );
  });

  it('survives the named edge cases (empty, NUL, surrogates, 100,000 digits, long lines ...)', () => {
    expectNone(edgeCases().map((c) => fuzzCase(c.name, c.text)));
  });

  it('survives the edge cases as titles and URLs too', () => {
    expectNone(
      edgeCases()
        .filter((c) => c.text.length < 1000)
        .map((c) => fuzzCase(`title/url: ${c.name}`, '政府工作报告', { title: c.text, url: c.text })),
    );
  });

  it('survives random code units (lone surrogates, controls, any BMP char)', () => {
    const out: Array<Failure | null> = [];
    for (let k = 0; k < 150; k++) {
      const seed = (SEED + k) >>> 0;
      const rng = mulberry32(seed);
      const text = randomUnits(rng, int(rng, 4000));
      out.push(fuzzCase(`random-units seed=${seed}`, rng() < 0.5 ? '政府工作报告' + text : text));
    }
    expectNone(out);
  });

  it('survives soups of report words, numbers and symbols', () => {
    const out: Array<Failure | null> = [];
    for (let k = 0; k < 400; k++) {
      const seed = (SEED + 1000 + k) >>> 0;
      const rng = mulberry32(seed);
      out.push(fuzzCase(`token-soup seed=${seed}`, '政府工作报告\n' + tokenSoup(rng, 20 + int(rng, 800))));
    }
    expectNone(out);
  });

  it('survives truncated, shuffled and spliced corpus reports', () => {
    const out: Array<Failure | null> = [];
    for (let k = 0; k < 120; k++) {
      const seed = (SEED + 5000 + k) >>> 0;
      const rng = mulberry32(seed);
      const base = reports[int(rng, reports.length)];
      const { text, how } = mutateReport(rng, base.text);
      out.push(fuzzCase(`mutated ${base.file} seed=${seed} (${how})`, text));
    }
    expectNone(out);
  });
});
