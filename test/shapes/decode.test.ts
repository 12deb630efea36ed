// Bytes -> text (core/shapes/decode.ts): by byte-order mark, by the charset a page declares, by which decoding
// reads as Chinese. Fixtures: the opening of a corpus report saved in each encoding (test/fixtures/shapes).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '../../core/shapes/decode';
import { ShapeError } from '../../core/shapes/errors';
import { readFileText } from '../../core/shapes/file';
import { parseHTML } from 'linkedom';

const dir = join(__dirname, '../fixtures/shapes');
const bytes = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
const original = readFileSync(join(dir, 'gaoan-head.utf8.txt'), 'utf8');
const withBom = (bom: number[], b: Uint8Array) => Uint8Array.from([...bom, ...b]);

describe('decodeBytes', () => {
  it.each([
    ['gaoan-head.utf8.txt', 'utf-8'],
    ['gaoan-head.gbk.txt', 'gb18030'],
    ['gaoan-head.utf16le.txt', 'utf-16le'],
    ['gaoan-head.utf16be.txt', 'utf-16be'],
  ])('%s without a mark is read as %s', (file, encoding) => {
    expect(decodeBytes(bytes(file))).toEqual({ text: original, encoding, via: 'detected' });
  });

  it('a byte-order mark decides, and is not part of the text', () => {
    expect(decodeBytes(withBom([0xff, 0xfe], bytes('gaoan-head.utf16le.txt')))).toEqual({
      text: original,
      encoding: 'utf-16le',
      via: 'bom',
    });
    expect(decodeBytes(withBom([0xfe, 0xff], bytes('gaoan-head.utf16be.txt'))).encoding).toBe('utf-16be');
    expect(decodeBytes(withBom([0xef, 0xbb, 0xbf], bytes('gaoan-head.utf8.txt'))).text).toBe(original);
  });

  it('a page declaring gb2312 is read as GB18030 (its superset), because it said so', () => {
    const d = decodeBytes(bytes('gaoan-head.gb2312.html'), { html: true });
    expect([d.encoding, d.via]).toEqual(['gb18030', 'declared']);
    expect(d.text).toContain('2023年高安市政府工作报告');
  });

  it('a page declaring UTF-8 over GBK bytes is read as what it is', () => {
    const d = decodeBytes(bytes('gaoan-head.lying-utf8.html'), { html: true });
    expect([d.encoding, d.via]).toEqual(['gb18030', 'detected']);
  });

  it('counter-example: a UTF-8 text is never taken for GBK, and plain ASCII stays UTF-8', () => {
    expect(decodeBytes(new TextEncoder().encode('各位代表')).encoding).toBe('utf-8');
    expect(decodeBytes(new TextEncoder().encode('GDP 5%')).encoding).toBe('utf-8');
  });

  it('binary data is a typed error, not a text of noise', () => {
    let seed = 1;
    const noise = Uint8Array.from({ length: 5000 }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    expect(() => decodeBytes(noise)).toThrow(ShapeError);
    expect(() => decodeBytes(noise)).toThrow(expect.objectContaining({ reason: 'unreadable-encoding' }));
  });
});

describe('readFileText', () => {
  const readers = { parseHtml: (html: string) => parseHTML(html).document as unknown as Document };

  it('says which encoding a file was read in', async () => {
    const t = await readFileText('x.txt', bytes('gaoan-head.gbk.txt'), readers);
    expect(t).toMatchObject({ format: 'text', text: original, encoding: { name: 'gb18030', via: 'detected' } });
    const h = await readFileText('x.html', bytes('gaoan-head.gb2312.html'), readers);
    expect(h).toMatchObject({ format: 'html', title: '2023年高安市政府工作报告' });
    expect(h.encoding).toEqual({ name: 'gb18030', via: 'declared' });
  });

  it('a legacy .doc (by its bytes, whatever its name) is a typed error', async () => {
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(readFileText('report.docx', ole, readers)).rejects.toMatchObject({ reason: 'legacy-doc' });
  });
});
