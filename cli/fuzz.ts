// A longer fuzz run than the test suite's: npx tsx cli/fuzz.ts --seconds 60 [--seed N] [--gen NAME] [--count K]
// Each case has its own seed and generator, printed on failure with the command that replays it.
// Also flags slow cases (over --slow-ms per 100,000 characters), the sign of super-linear work.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { int, mulberry32, type Rng } from '../test/fuzz/prng';
import { mutateReport, randomUnits, tokenSoup } from '../test/fuzz/gen';
import { htmlSoup } from '../test/fuzz/gen-html';
import { describeFailures, failureDir, fuzzCase, type Failure } from '../test/fuzz/run';
import { checkPage } from '../test/fuzz/page-check';
import { preview } from '../test/fuzz/check';
import { bestOf } from '../test/perf/timing';
import { extractReport } from '../core/extract';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
};
const seconds = Number(arg('seconds', '60'));
const base = Number(arg('seed', String(Date.now() % 1e9))) >>> 0;
const only = arg('gen', '');
const count = Number(arg('count', 'Infinity'));
const slowMs = Number(arg('slow-ms', '2000'));

const reportsDir = join(import.meta.dirname, '../test/fixtures/corpus/reports');
const reports = readdirSync(reportsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ file: f, text: readFileSync(join(reportsDir, f), 'utf8') }));

type Gen = (rng: Rng, name: string) => { text: string; html?: boolean; label: string };
const GENS: Record<string, Gen> = {
  units: (rng) => ({ text: (rng() < 0.5 ? '政府工作报告' : '') + randomUnits(rng, int(rng, 20000)), label: '' }),
  soup: (rng) => ({ text: '政府工作报告\n' + tokenSoup(rng, 20 + int(rng, 5000)), label: '' }),
  mutate: (rng) => {
    const r = reports[int(rng, reports.length)];
    const m = mutateReport(rng, r.text);
    return { text: m.text, label: `${r.file} (${m.how})` };
  },
  html: (rng) => ({ text: htmlSoup(rng, 50 + int(rng, 3000), 10 + int(rng, 200)), html: true, label: '' }),
};
const names = only ? [only] : Object.keys(GENS);
if (names.some((n) => !GENS[n])) throw new Error(`--gen must be one of ${Object.keys(GENS).join(', ')}`);

// Warm up (lookup tables, JIT) so that the first case is not timed cold.
for (const r of reports.slice(0, 3)) extractReport({ text: r.text });
console.log(
  `fuzz: base seed ${base}, ${seconds} s, generators ${names.join(', ')}; failing inputs go to ${failureDir}`,
);
const failures: Failure[] = [];
const slow: string[] = [];
const deadline = performance.now() + seconds * 1000;
let n = 0;
let chars = 0;
for (; n < count && performance.now() < deadline; n++) {
  const seed = (base + n) >>> 0;
  const gen = names[n % names.length];
  const rng = mulberry32(seed);
  const c = GENS[gen](rng, gen);
  const name = `${gen} seed=${seed}${c.label ? ' ' + c.label : ''}`;
  const replay = `npx tsx cli/fuzz.ts --seed ${seed} --gen ${gen} --count 1`;
  const t0 = performance.now();
  const once = () => (c.html ? checkPage(c.text, undefined, false) : extractReport({ text: c.text }));
  if (c.html) {
    const r = checkPage(c.text);
    if (r.problems.length)
      failures.push({
        name: `${name}  [${replay}]`,
        input: preview(c.text),
        saved: null,
        problems: r.problems.slice(0, 5),
      });
  } else {
    const f = fuzzCase(name, c.text);
    if (f) failures.push({ ...f, name: `${f.name}  [${replay}]` });
  }
  let ms = performance.now() - t0;
  chars += c.text.length;
  const limit = (slowMs * Math.max(c.text.length, 10_000)) / 100_000;
  // A garbage collection or a busy neighbour can stall one run: time a slow case again before flagging it.
  if (ms > limit) ms = Math.min(ms, bestOf(2, once));
  if (ms > limit) slow.push(`${name}: ${ms.toFixed(0)} ms for ${c.text.length} chars  [${replay}]`);
}
console.log(`${n} cases, ${(chars / 1e6).toFixed(1)} M chars, ${failures.length} failing, ${slow.length} slow`);
if (failures.length) console.log(describeFailures(failures));
if (slow.length) console.log('slow:\n' + slow.map((s) => '- ' + s).join('\n'));
process.exitCode = failures.length || slow.length ? 1 : 0;
