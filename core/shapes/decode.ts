// Bytes -> text. Chinese collections hold GBK/GB18030 and UTF-16 files beside UTF-8 ones, and pages that
// declare <meta charset="gb2312">. In order: a byte-order mark, the charset the HTML declares (when the
// bytes bear it out), then whichever decoding reads as Chinese text. The result says which was used.
// TextDecoder is in every browser and in Node, so this runs in an extension page as in the CLI.
import { ShapeError } from './errors';

export type Encoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';
export type DecodedVia = 'bom' | 'declared' | 'detected';

export interface Decoded {
  text: string;
  encoding: Encoding;
  via: DecodedVia;
}

const BOMS: Array<[number[], Encoding]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

// WHATWG labels that name a Chinese national encoding: GB18030 decodes all of them (it is their superset).
const GB_LABELS = new Set([
  'gbk',
  'gb2312',
  'gb_2312-80',
  'gb18030',
  'x-gbk',
  'cp936',
  'csgb2312',
  'chinese',
  'euc-cn',
]);
const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);
// <meta charset="gbk">, <meta http-equiv="Content-Type" content="text/html; charset=gb2312">, <?xml encoding="GBK"?>
const DECLARED = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w-]+)|<\?xml[^>]{0,100}?encoding\s*=\s*["']([\w-]+)/i;
/** Browsers look for the declaration in the first 1024 bytes; pages with long heads put it later. */
const SNIFF_BYTES = 4096;

/** The charset an HTML page declares, mapped to an encoding this module decodes, or null. */
export function declaredCharset(bytes: Uint8Array): Encoding | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const m = DECLARED.exec(head);
  const label = (m?.[1] ?? m?.[2] ?? '').toLowerCase();
  if (GB_LABELS.has(label)) return 'gb18030';
  if (UTF8_LABELS.has(label)) return 'utf-8';
  return null;
}

export function decodeBytes(bytes: Uint8Array, options: { html?: boolean } = {}): Decoded {
  for (const [mark, encoding] of BOMS) {
    if (mark.every((b, i) => bytes[i] === b))
      return { text: new TextDecoder(encoding).decode(bytes.subarray(mark.length)), encoding, via: 'bom' };
  }
  if (options.html) {
    const declared = declaredCharset(bytes);
    // A page that declares UTF-8 but is not (a CMS template over GBK content) is read as what it is.
    const text = declared && strict(bytes, declared);
    if (declared && text !== null) return { text, encoding: declared, via: 'declared' };
  }
  const utf8 = strict(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', via: 'detected' };
  let best: Decoded | null = null;
  let bestScore = -Infinity;
  for (const encoding of candidates(bytes)) {
    const text = new TextDecoder(encoding).decode(bytes);
    const score = chineseScore(text);
    if (score >= MIN_SCORE) return { text, encoding, via: 'detected' };
    if (score > bestScore) [best, bestScore] = [{ text, encoding, via: 'detected' }, score];
  }
  if (!best || bestScore < MIN_SCORE)
    throw new ShapeError('unreadable-encoding', 'no text encoding (UTF-8, GB18030, UTF-16) reads it as text');
  return best;
}

/**
 * The encodings to try, likeliest first. Text in UTF-16 has zero bytes (the high byte of every line break,
 * digit and ASCII letter): at odd offsets in little-endian order, at even ones in big-endian. GBK never has any.
 */
function candidates(bytes: Uint8Array): Encoding[] {
  const n = Math.min(bytes.length, SAMPLE * 2);
  let odd = 0,
    even = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i & 1) odd++;
    else even++;
  }
  const utf16: Encoding[] = odd >= even ? ['utf-16le', 'utf-16be'] : ['utf-16be', 'utf-16le'];
  return odd + even > n / 100 ? [...utf16, 'gb18030'] : ['gb18030', ...utf16];
}

function strict(bytes: Uint8Array, encoding: Encoding): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Below this share of ordinary characters a decoding is noise. */
const MIN_SCORE = 0.6;
/** Characters scored; a sample is enough to tell encodings apart and keeps this linear and cheap. */
const SAMPLE = 20000;

/**
 * The share of a text's characters that a Chinese document is made of: common ideographs, ASCII, CJK and
 * full-width punctuation. A wrong decoding gives replacement characters, rare ideographs, control
 * characters and, for UTF-16 read the wrong way round, Hangul or private-use characters. Each replacement or
 * control character counts against the text four times over.
 */
export function chineseScore(text: string): number {
  const n = Math.min(text.length, SAMPLE);
  if (n === 0) return 0;
  let good = 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Replacement and control characters are what binary data and wrong decodings are made of.
    if (c === 0xfffd || (c < 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) || c === 0x7f) bad++;
    else if (
      (c >= 0x20 && c < 0x7f) ||
      c === 0x0a ||
      c === 0x0d ||
      c === 0x09 ||
      (c >= 0x4e00 && c <= 0x9fa5) || // the unified ideographs GB2312/GBK mostly hold
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef) ||
      c === 0x2014 ||
      c === 0x2026 ||
      c === 0x201c ||
      c === 0x201d ||
      c === 0x2018 ||
      c === 0x2019 ||
      c === 0x00b7
    )
      good++;
  }
  return (good - 4 * bad) / n;
}
