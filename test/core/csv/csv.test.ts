import { describe, expect, it } from 'vitest';
import { csvCell, libraryCsv, toCsv } from '../../../core/exchange/csv';
import type { Extraction } from '../../../core/types';

/** A minimal RFC 4180 reader, to prove the output round-trips. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) throw new Error('file does not end with CRLF');
  return rows;
}

describe('csvCell', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('他说"好"')).toBe('"他说""好"""');
    expect(csvCell('一行\n两行')).toBe('"一行\n两行"');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(' padded ')).toBe('" padded "');
  });

  it('guards cells that Excel would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('增长-5%')).toBe('增长-5%');
  });

  it('writes our own numbers as numbers, even negative ones', () => {
    expect(csvCell(-2.5)).toBe('-2.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
    const out = toCsv(
      ['地区', '指标'],
      [
        ['天门市', '地区生产总值'],
        ['宁波市', null],
      ],
    );
    expect(out.charCodeAt(0)).toBe(0xfeff);
    expect(out.slice(1)).toBe('地区,指标\r\n天门市,地区生产总值\r\n宁波市,\r\n');
    // Chinese survives as UTF-8, which is what the BOM announces.
    const bytes = new TextEncoder().encode(out);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe(out.slice(1));
  });

  it('round-trips awkward cells', () => {
    const cells = ['逗号,在内', '引号"在内', '换行\r\n在内', '=1+1', '普通'];
    const rows = parseCsv(toCsv(['a', 'b', 'c', 'd', 'e'], [cells]).slice(1));
    expect(rows[1]).toEqual(['逗号,在内', '引号"在内', '换行\r\n在内', "'=1+1", '普通']);
  });
});

describe('libraryCsv', () => {
  const extraction: Extraction = {
    kind: 'gwr',
    confidence: 1,
    reasons: [],
    title: '2023年天门市政府工作报告',
    url: 'http://www.tianmen.gov.cn/a',
    region: '天门市',
    level: 'county',
    province: '湖北省',
    report_year: 2023,
    review_year: 2022,
    meeting_date: null,
    speaker: null,
    period: null,
    text_length: 100,
    targets: [
      {
        indicator: 'gdp',
        label: '地区生产总值',
        measure: 'growth',
        value: 7,
        value_max: null,
        unit: '%',
        qualifier: '左右',
        text: '地区生产总值增长7%左右',
        start: 0,
        end: 12,
      },
    ],
    actuals: [
      {
        indicator: 'energy_intensity',
        label: '单位GDP能耗',
        measure: 'growth',
        value: -3,
        value_max: null,
        unit: '%',
        qualifier: null,
        text: '单位GDP能耗下降3%',
        start: 20,
        end: 30,
        estimated: true,
      },
    ],
    tasks: [],
    rows: [],
  };

  it('writes one row per item with its source sentence', () => {
    const rows = parseCsv(libraryCsv([{ title: null, url: null, extraction }]).slice(1));
    expect(rows).toHaveLength(3);
    const header = rows[0];
    const target = Object.fromEntries(header.map((h, i) => [h, rows[1][i]]));
    expect(target).toMatchObject({
      region: '天门市',
      row_type: 'target',
      indicator: 'gdp',
      value: '7',
      qualifier: '左右',
      text: '地区生产总值增长7%左右',
      title: '2023年天门市政府工作报告',
    });
    const actual = Object.fromEntries(header.map((h, i) => [h, rows[2][i]]));
    expect(actual).toMatchObject({ row_type: 'actual', value: '-3', estimated: 'true' });
  });
});
