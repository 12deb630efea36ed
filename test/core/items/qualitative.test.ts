// Targets without a number (issue 13): lists of binding targets, the object of 完成, a subject the next
// clause completes, a place among peers. Each rule with a sentence of its own and a counter-example.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../core/text/normalize';
import { readQualitative } from '../../../core/read/qualitative';

const read = (text: string) => {
  const norm = normalize(text);
  return readQualitative(norm, text, 0, norm.length, []).map((x) => `${x.indicator} ${x.label} ${x.rule}`);
};

describe('a list of binding targets', () => {
  it('gives one item per member, short names included', () => {
    expect(read('单位生产总值能耗及主要污染物排放等约束性指标完成省下达任务。')).toEqual([
      'energy_intensity 单位生产总值能耗 qualitative-list',
      'emissions 主要污染物排放 qualitative-list',
    ]);
    expect(read('能耗及排放等约束性指标完成市定任务。')).toEqual([
      'energy_intensity 能耗 qualitative-list',
      'emissions 排放 qualitative-list',
    ]);
  });
  it('does not read 能耗 alone as an indicator outside a list', () => {
    expect(read('企业能耗持续下降。')).toEqual(['other 企业能耗 qualitative-unnamed']);
  });
  it('lends the head of a member to the next one', () => {
    expect(read('粮食产量和播种面积保持稳定。')).toEqual([
      'grain_output 粮食产量 qualitative-list',
      'grain_area 粮食播种面积 qualitative-shared-head',
    ]);
  });
  it('keeps a vague joint phrase as one item, and two named members as two', () => {
    expect(read('能源和环境指标完成省下达的计划目标。')).toEqual(['other 能源和环境指标 qualitative-vague-list']);
    expect(read('高新技术产业增加值、数字经济核心产业增加值稳步提升。')).toEqual([
      'other 高新技术产业增加值 qualitative-list',
      'other 数字经济核心产业增加值 qualitative-list',
    ]);
  });
});

describe('what is to be completed', () => {
  it('names the targets after 完成', () => {
    expect(read('全面完成上级下达的各项约束性指标。')).toEqual([
      'other 上级下达的各项约束性指标 qualitative-completion',
    ]);
    expect(read('全面完成省下达的节能减排约束性指标和空气质量改善目标。')).toEqual([
      'emissions 节能减排约束性指标 qualitative-completion',
      'other 空气质量改善目标 qualitative-completion',
    ]);
  });
  it('reads a subject that the next clause completes', () => {
    expect(read('实际利用外资、外贸进出口和其他约束性指标，均完成市定任务。')).toEqual([
      'foreign_investment 实际利用外资 qualitative-list',
      'trade 外贸进出口 qualitative-list',
      'other 其他约束性指标 qualitative-list',
    ]);
    expect(read('其他约束性指标，确保完成上级下达的任务。')).toEqual(['other 其他约束性指标 qualitative-unnamed']);
  });
  it('does not take a connective before 完成 for a subject', () => {
    expect(read('同时，完成省下达的节能减排任务。')).toEqual(['emissions 节能减排 qualitative-indicator']);
  });
});

describe('a place among peers', () => {
  it('keeps what should rank', () => {
    expect(read('力争主要经济指标增速进入全省前列。')).toEqual(['other 主要经济指标增速 qualitative-rank']);
  });
  it('ignores a ranking that names no measure', () => {
    expect(read('力争进入全省前列。')).toEqual([]);
  });
});

describe('more words for a goal', () => {
  it('reads 达到上级要求 and 达到市核标准', () => {
    expect(read('主要约束性指标达到上级要求。')).toEqual(['other 主要约束性指标 qualitative-unnamed']);
    expect(read('节能减排相关约束性指标达到市核标准。')).toEqual(['emissions 节能减排 qualitative-indicator']);
  });
  it('reads no goal without a goal word', () => {
    expect(read('主要约束性指标情况良好。')).toEqual([]);
  });
});
