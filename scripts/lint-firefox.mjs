// Mozilla's add-on linter (addons-linter, what addons.mozilla.org runs on upload) on the Firefox zip that
// `wxt zip -b firefox` makes. Fails on any error, and on any warning except the library ones listed in
// LIBRARY below, each recognised by its code, its file and the library code around the place it names
// (so the same warning from code of ours is not let through). `--no-zip` lints the zip already there.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import linter from 'addons-linter';

const ROOT = resolve(import.meta.dirname, '..');
const BUILD = join(ROOT, '.output/firefox-mv3');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const ZIP = join(ROOT, `.output/gwr-lens-${version}-firefox.zip`);

/** Warnings that come from libraries' code, not ours (README "Browsers" explains each). */
const LIBRARY = [
  {
    // Preact's renderer applies a component's dangerouslySetInnerHTML; no component of ours passes one
    // (checked below), so the branch never runs.
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^chunks\/.*\.js$/,
    around: 'dangerouslySetInnerHTML',
    ours: 'dangerouslySetInnerHTML',
  },
  {
    // Readability's article search puts the page's own markup back into the page's clone before a retry.
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^extractor\.js$/,
    around: 'FLAG_STRIP_UNLIKELYS',
  },
  {
    // Readability moves an image out of <noscript> in the page's clone (the clone's own markup).
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^extractor\.js$/,
    around: '_isSingleImage',
  },
  {
    // exceljs (the XLSX export, loaded on demand) bundles the global-object fallback
    // `…||this||Function("return this")()`: on an extension page `self` is found first, so it never runs (and
    // the extension's content security policy would refuse it). No source of ours calls Function.
    code: 'DANGEROUS_EVAL',
    file: /^chunks\/xlsx-.*\.js$/,
    around: 'Function("return this")()',
    ours: 'Function(',
  },
  {
    // exceljs's bundled setImmediate polyfill turns a string callback into a function; exceljs passes functions.
    code: 'DANGEROUS_EVAL',
    file: /^chunks\/xlsx-.*\.js$/,
    around: 'setImmediate=function',
    ours: 'Function(',
  },
  {
    // regenerator-runtime's last fallback for setting its global, after `globalThis`, which every browser has.
    code: 'DANGEROUS_EVAL',
    file: /^chunks\/xlsx-.*\.js$/,
    around: 'regeneratorRuntime = r',
    ours: 'Function(',
  },
];

if (!process.argv.includes('--no-zip')) {
  const r = spawnSync('npx', ['wxt', 'zip', '-b', 'firefox'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const result = await linter
  .createInstance({
    config: {
      _: [ZIP],
      logLevel: 'fatal',
      stack: false,
      pretty: false,
      warningsAsErrors: false,
      metadata: false,
      output: 'none',
      boring: false,
      selfHosted: false,
    },
    runAsBinary: false,
  })
  .run();

/** The built code around a message's place, where the library it comes from can be recognised. */
function around({ file, line, column }) {
  if (!file || !line) return '';
  const text = readFileSync(join(BUILD, file), 'utf8').split('\n')[line - 1] ?? '';
  return text.slice(Math.max(0, (column ?? 0) - 300), (column ?? 0) + 300);
}

/** Our own sources that would make a listed library warning ours. */
function oursUse(word) {
  const hits = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (/\.(ts|tsx)$/.test(e.name) && readFileSync(path, 'utf8').includes(word)) hits.push(path);
    }
  };
  for (const dir of ['components', 'entrypoints', 'core', 'storage']) walk(join(ROOT, dir));
  return hits;
}

const show = (m) => `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}:${m.column}` : ''} ${m.message}`;
const explained = (m) =>
  LIBRARY.find(
    (k) =>
      k.code === m.code &&
      k.file.test(m.file ?? '') &&
      around(m).includes(k.around) &&
      !(k.ours && oursUse(k.ours).length),
  );

const { errors, warnings, notices } = result;
const unexplained = warnings.filter((w) => !explained(w));
for (const e of errors) console.log(`error    ${show(e)}`);
for (const w of warnings) console.log(`${explained(w) ? 'library' : 'warning'}  ${show(w)}`);
for (const n of notices) console.log(`notice   ${show(n)}`);
console.log(
  `addons-linter on ${ZIP.slice(ROOT.length + 1)}: ${errors.length} errors, ${unexplained.length} warnings of ours, ` +
    `${warnings.length - unexplained.length} from libraries, ${notices.length} notices`,
);
process.exitCode = errors.length || unexplained.length ? 1 : 0;
