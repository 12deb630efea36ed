// The fuzz invariants must be able to fail: a checker that passes everything would make the fuzz
// suite worthless. Each case breaks one invariant on purpose.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../core/extract';
import type { Extraction, Item } from '../../core/types';
import { checkExtraction, findNonPlain } from './check';

const input = '政府工作报告\n主要预期目标:地区生产总值增长5%左右。';
const base = (): Extraction => ({ ...extractReport({ text: input }), targets: [], actuals: [], tasks: [], rows: [] });
const item = (over: Partial<Item>): Item => ({
  indicator: 'gdp',
  label: '地区生产总值',
  measure: 'growth',
  value: 5,
  value_max: null,
  unit: '%',
  qualifier: '左右',
  text: '5%左右',
  start: input.indexOf('5%'),
  end: input.indexOf('5%') + 4,
  ...over,
});

describe('checkExtraction', () => {
  it('accepts a sound extraction', () => {
    expect(checkExtraction(input, { ...base(), targets: [item({})] })).toEqual([]);
  });
  it('rejects a text that is not the input slice', () => {
    expect(checkExtraction(input, { ...base(), targets: [item({ text: '5%' })] }).join()).toMatch(/input\.slice/);
  });
  it('rejects spans outside the input', () => {
    expect(checkExtraction(input, { ...base(), actuals: [item({ start: 10, end: 999 })] }).join()).toMatch(/bad span/);
  });
  it('rejects NaN values and a wrong text_length', () => {
    const bad = checkExtraction(input, { ...base(), text_length: 3, targets: [item({ value: NaN })] }).join('\n');
    expect(bad).toMatch(/text_length/);
    expect(bad).toMatch(/value NaN/);
  });
  it('rejects a task whose text lies outside its sentence', () => {
    const t = {
      section: '',
      label: 'x',
      value: 5,
      value_max: null,
      unit: '%',
      qualifier: null,
      text: '5%左右',
      start: item({}).start,
      end: item({}).end,
      sentence: '政府工作报告',
    };
    expect(checkExtraction(input, { ...base(), tasks: [t] }).join()).toMatch(/outside its sentence/);
  });
  it('checks the optional sentence offsets of a task', () => {
    const at = item({}).start;
    const t = {
      section: '',
      label: 'x',
      value: 5,
      value_max: null,
      unit: '%',
      qualifier: null,
      text: '5%左右',
      start: at,
      end: at + 4,
      sentence: '5%左右',
      sentence_start: at,
      sentence_end: at + 4,
    };
    expect(checkExtraction(input, { ...base(), tasks: [t] })).toEqual([]);
    expect(
      checkExtraction(input, {
        ...base(),
        tasks: [{ ...t, sentence_start: at + 1, sentence: input.slice(at + 1, at + 4) }],
      }).join(),
    ).toMatch(/outside its sentence/);
    expect(checkExtraction(input, { ...base(), tasks: [{ ...t, sentence_end: at + 3 }] }).join()).toMatch(
      /sentence != input\.slice/,
    );
  });
  it('finds values that are not plain data', () => {
    expect(findNonPlain({ a: [1, { b: new Date(0) }] })).toBe('$.a[1].b (Date)');
    expect(findNonPlain({ a: Infinity })).toBe('$.a (Infinity)');
    expect(findNonPlain({ a: ['x', null, 1, true] })).toBeNull();
  });
});
