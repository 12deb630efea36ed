// The extension never talks to the network: everything is read from the page the user is on and kept
// in the browser. A static scan of the shipped source (core, components, entrypoints, storage) through
// the TypeScript parser, so comments and regex literals do not count and code in strings does.
// Something legitimate (a link the user clicks, say) goes in ALLOW with its reason.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = join(__dirname, '../..');
const DIRS = ['core', 'components', 'entrypoints', 'storage'];

/** file (relative, forward slashes) + the offending snippet -> why it is fine. */
const ALLOW: Array<{ file: string; snippet: string; reason: string }> = [];

// Network APIs, as free identifiers (fetch(...), new WebSocket(...)) or on a global object.
const NET_IDENTS = new Set([
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'EventSource',
  'WebTransport',
  'RTCPeerConnection',
  'importScripts',
  'sendBeacon',
]);
const GLOBALS = new Set(['globalThis', 'window', 'self', 'navigator', 'top', 'parent']);
// A URL with a network scheme, or protocol-relative (//cdn.example.com/x.js).
const URL_IN_STRING = /\b(?:https?|wss?|ftp):\/\/|^\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/:]|$)/i;
const URL_IN_MARKUP =
  /(?:src|href|action|data|poster)\s*=\s*["']?\s*(?:(?:https?|wss?|ftp):)?\/\/|url\(\s*["']?\s*(?:(?:https?|ftp):)?\/\/|@import\s+["'](?:https?:)?\/\//i;

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

interface Hit {
  file: string;
  line: number;
  snippet: string;
}

function scanScript(file: string): Hit[] {
  const text = readFileSync(file, 'utf8');
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const hits: Hit[] = [];
  const hit = (node: ts.Node, snippet: string) =>
    hits.push({
      file: relative(root, file).split('\\').join('/'),
      line: src.getLineAndCharacterOfPosition(node.getStart(src)).line + 1,
      snippet,
    });
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && NET_IDENTS.has(node.text)) {
      const parent = node.parent;
      const isMember = ts.isPropertyAccessExpression(parent) && parent.name === node;
      const onGlobal = isMember && ts.isIdentifier(parent.expression) && GLOBALS.has(parent.expression.text);
      const isKey =
        (ts.isPropertyAssignment(parent) ||
          ts.isMethodDeclaration(parent) ||
          ts.isPropertySignature(parent) ||
          ts.isMethodSignature(parent)) &&
        parent.name === node;
      if ((!isMember && !isKey) || onGlobal || node.text === 'sendBeacon')
        hit(node, (isMember ? parent : node).getText(src));
    }
    if (
      (ts.isStringLiteralLike(node) ||
        ts.isTemplateHead(node) ||
        ts.isTemplateMiddle(node) ||
        ts.isTemplateTail(node)) &&
      URL_IN_STRING.test(node.text)
    ) {
      hit(node, node.getText(src).slice(0, 120));
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return hits;
}

function scanMarkup(file: string): Hit[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: Hit[] = [];
  lines.forEach((l, i) => {
    if (URL_IN_MARKUP.test(l)) out.push({ file: relative(root, file), line: i + 1, snippet: l.trim().slice(0, 120) });
  });
  return out;
}

function scanAll(): Hit[] {
  const all = DIRS.flatMap((d) => files(join(root, d)));
  return [
    ...all.filter((f) => /\.[cm]?[tj]sx?$/.test(f) && !f.endsWith('.d.ts')).flatMap(scanScript),
    ...all.filter((f) => /\.(html|css)$/.test(f)).flatMap(scanMarkup),
  ];
}

describe('no network access in the shipped source', () => {
  it('scans a real tree (the folders exist and hold source)', () => {
    const count = DIRS.flatMap((d) => files(join(root, d))).filter((f) => /\.tsx?$/.test(f)).length;
    expect(count).toBeGreaterThan(10);
  });

  it('the scanner finds network calls and URLs, and ignores comments and regexes', () => {
    const probe = join(__dirname, '../fixtures/hostile/network-probe.ts.txt');
    const hits = scanScript(probe).map((h) => h.snippet);
    expect(hits).toEqual([
      'fetch',
      "'https://example.com/a'",
      'XMLHttpRequest',
      'WebSocket',
      "'wss://x.example/ws'",
      'navigator.sendBeacon',
      'globalThis.fetch',
      '`http://example.org/${',
      "'//cdn.example.com/lib.js'",
    ]);
  });

  it('finds no fetch, XMLHttpRequest, WebSocket, sendBeacon or remote URL', () => {
    const allowed = (h: Hit) => ALLOW.some((a) => a.file === h.file && h.snippet.includes(a.snippet));
    const found = scanAll()
      .filter((h) => !allowed(h))
      .map((h) => `${h.file}:${h.line}  ${h.snippet}`);
    expect(found).toEqual([]);
  });
});
