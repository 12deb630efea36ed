// npm test: every stage runs and is reported, even when an earlier one fails, and the exit code is
// non-zero at the end if any failed. A stage that needs another's output (the browser tests need the
// build) is reported as not run when that one failed. Wall-clock budgets are not here: `npm run test:perf`.
import { spawnSync } from 'node:child_process';

const STAGES = [
  { name: 'typecheck', run: 'npm run --silent typecheck' },
  { name: 'lint', run: 'npm run --silent lint' },
  { name: 'unit', run: 'npm run --silent test:unit' },
  { name: 'build', run: 'npm run --silent build' },
  // Mozilla's linter on the zip that would be uploaded (it builds the Firefox target again to zip it).
  { name: 'addons', run: 'npm run --silent lint:firefox' },
  // The same browser test files in each browser (test/browser/all.mjs).
  { name: 'chromium', run: 'npm run --silent test:browser', needs: 'build' },
  { name: 'firefox', run: 'npm run --silent test:firefox', needs: 'build' },
];

const only = process.argv.slice(2);
const results = [];
for (const stage of STAGES) {
  if (only.length && !only.includes(stage.name)) continue;
  const needed = results.find((r) => r.name === stage.needs);
  if (needed && needed.status !== 'passed') {
    results.push({ name: stage.name, status: `not run (${stage.needs} failed)`, seconds: 0 });
    continue;
  }
  console.log(`\n▶ ${stage.name}: ${stage.run}`);
  const t0 = Date.now();
  const r = spawnSync(stage.run, { shell: true, stdio: 'inherit' });
  results.push({ name: stage.name, status: r.status === 0 ? 'passed' : 'FAILED', seconds: (Date.now() - t0) / 1000 });
}

console.log('\nnpm test:');
for (const r of results) console.log(`  ${r.name.padEnd(10)} ${r.status.padEnd(24)} ${r.seconds.toFixed(0)} s`);
const passed = results.filter((r) => r.status === 'passed').length;
console.log(`stages: ${passed} passed, ${results.length - passed} failed`);
process.exitCode = passed === results.length ? 0 : 1;
