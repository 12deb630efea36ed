// Corrections merge patch by patch; `restore` drops a field's or an item's correction, so what was read shows again.
import { describe, expect, it } from 'vitest';
import { applyCorrections, itemKey, mergeCorrection } from '../../storage/corrections';
import { extraction } from './make';

describe('mergeCorrection', () => {
  it('restores a field and an item to what was read, keeping the other corrections', () => {
    const e = extraction({
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
          end: 11,
        },
      ],
    });
    const key = itemKey('targets', e.targets[0]);
    let c = mergeCorrection({}, { region: '仙桃市' });
    c = mergeCorrection(c, { report_year: 2024 });
    c = mergeCorrection(c, { item: { key, value: 7.5 } });
    expect(applyCorrections(e, c)).toMatchObject({ region: '仙桃市', report_year: 2024 });
    expect(applyCorrections(e, c).targets[0].value).toBe(7.5);

    c = mergeCorrection(c, { restore: { fields: ['region'], items: [key] } });
    expect(c).toEqual({ report_year: 2024 });
    const shown = applyCorrections(e, c);
    expect(shown.region).toBe(e.region);
    expect(shown.report_year).toBe(2024);
    expect(shown.targets[0].value).toBe(7);
  });
});
