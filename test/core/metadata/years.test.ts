import { describe, expect, it } from 'vitest';
import { findDating, readNumber } from '../../../core/read/meta-year';
import { normalize } from '../../../core/text/normalize';
import { findPeriod } from '../../../core/read/meta-period';
import { findSpeaker } from '../../../core/read/meta-speaker';

describe('readNumber', () => {
  it.each([
    ['2026', 2026],
    ['二〇二六', 2026],
    ['十', 10],
    ['十二', 12],
    ['二十七', 27],
    ['三十一', 31],
    ['五', 5],
  ] as const)('%s -> %d', (s, n) => expect(readNumber(s)).toBe(n));
  it('is NaN for non-numbers', () => expect(readNumber('几')).toBeNaN());
});

describe('findDating', () => {
  it('moves a December meeting to the next year', () => {
    expect(findDating('', '——2022年12月27日在天门市第九届人民代表大会第二次会议上')).toEqual({
      report_year: 2023,
      meeting_date: '2022-12-27',
    });
  });

  it('prefers the title year', () => {
    expect(
      findDating('', '陕西省2026年政府工作报告\n2026年1月27日在陕西省第十四届人民代表大会第四次会议上').report_year,
    ).toBe(2026);
  });

  it('falls back on the review heading, then the plan-year sentence', () => {
    expect(findDating('各位代表：\n一、2022年工作回顾\n', '').report_year).toBe(2023);
    expect(findDating('各位代表：\n一、“十四五”时期工作回顾\n今年是“十五五”开局之年。', '').report_year).toBe(2026);
    expect(findDating('各位代表：\n2025年是极不平凡的一年。\n2026年是“十五五”开局之年。', '').report_year).toBe(2026);
  });

  it('does not read a sentence that mentions 回顾 as a heading', () => {
    const long =
      '回顾2019年以来的工作，我们深切体会到，必须坚持以人民为中心的发展思想，必须坚持稳中求进工作总基调，必须坚持改革开放。';
    expect(findDating(long, '').report_year).toBeNull();
  });
});

describe('findSpeaker', () => {
  it.each([
    ['市人民政府市长 ?杨兴铭', '杨兴铭'],
    ['上海市市长 龚 正', '龚正'],
    ['自治区主席 艾尔肯·吐尼亚孜', '艾尔肯·吐尼亚孜'],
    ['2月3日，湖南省人大会议开幕。省长毛伟明作政府工作报告。', '毛伟明'],
    ['县长在会上作政府工作报告', null],
    ['副市长 张三 市长\n市长 李四', '李四'], // the last office of a line: 市长 is followed by nothing
    ['市长 王五\n市长 李四', '王五'],
  ] as const)('%s', (header, name) => expect(findSpeaker(header)).toBe(name));
  it('reads a header as its lines would be read one by one', () => {
    // The plain definition: per line, the text after its last office, if it is a name.
    const OFFICE = /(?:省长|市长|县长|区长|州长|主席|盟长|旗长|专员|总理)/g;
    const byLines = (header: string) => {
      for (const line of header.split('\n')) {
        const last = [...line.matchAll(OFFICE)].pop();
        if (!last) continue;
        const rest = line.slice(last.index + last[0].length).replace(/[\s?？*]/g, '');
        if (/^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff·]{1,16})$/.test(rest)) return rest;
      }
      return null;
    };
    let seed = 5;
    const pick = (xs: string[]) => xs[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % xs.length];
    const parts = ['市长', '县长', '主席', '\n', ' ', '张', '李四', '王小五', '在', '的', '?'];
    for (let n = 0; n < 500; n++) {
      const header = Array.from({ length: 12 }, () => pick(parts)).join('');
      if (
        /(?:省长|市长|县长|区长|州长|主席|总理)(?![在向代作所为对同])[\u4e00-\u9fff]{2,3}?(?:同志)?(?:作|代表)/.test(
          header,
        )
      )
        continue; // the caption rule decides those
      expect(findSpeaker(header), JSON.stringify(header)).toBe(byLines(header));
    }
  });
});

describe('findPeriod', () => {
  it.each([
    ['2023年市政府工作报告重点工作任务上半年进展情况通报', 'H1'],
    ['关于2024年政府工作报告重点任务第一季度落实情况的通报', 'Q1'],
    ['前三季度推进情况的督查通报', 'Q3'],
    ['2023年政府工作报告重点任务全年完成情况', 'Y'],
    ['政府工作报告重点任务落实情况', null],
  ] as const)('%s', (header, p) => expect(findPeriod(header)).toBe(p));
});

describe('the report dates itself', () => {
  const dating = (text: string) => findDating(normalize(text), normalize(text).slice(0, 1500)).report_year;
  it('trusts its meeting line over a title that says otherwise', () => {
    expect(
      dating(
        '米易县2024年政府工作报告\n（2022年1月24日在米易县第十九届人民代表大会第二次会议上）\n各位代表：\n2021年工作回顾\n',
      ),
    ).toBe(2022);
  });
  it('still takes the title when the text says nothing else', () => {
    expect(dating('米易县2024年政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n')).toBe(2024);
  });
  it('reads the year of a numbered plan heading when the review names none', () => {
    expect(dating('一、过去五年工作回顾\n全县生产总值年均增长6%。\n三、 2017年工作任务\n')).toBe(2017);
    expect(dating('一、过去五年工作回顾\n全县生产总值年均增长6%。\n三、今后工作任务\n')).toBeNull();
  });
});
