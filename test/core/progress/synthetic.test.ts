// Small hand-made tables: other headers, other statuses, real table cells, traditional text.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../core/text/normalize';
import { headerRole, joinUnitLines, parseProgressCells, parseProgressText } from '../../../core/read/progress';

const parse = (t: string) => parseProgressText(normalize(t), t);

describe('headerRole', () => {
  it('names the usual columns and their variants', () => {
    expect(
      ['序号', '序 号', '重点工作任务', '责任领导', '牵头单位', '责任单位', '上半年进展情况', '完成情况', '备注'].map(
        headerRole,
      ),
    ).toEqual(['no', 'no', 'task', 'leader', 'lead', 'partners', 'progress', 'progress', 'status']);
    expect(headerRole('2023年市政府工作报告重点工作任务上半年进展情况一览表')).toBeNull();
  });
});

describe('joinUnitLines', () => {
  it('joins names broken after 和 or 、, before a bracket, or before a tail that starts no unit', () => {
    expect(
      joinUnitLines([
        '县城市管理和',
        '综合执法局',
        '县发改局',
        '(县营商办)',
        '甲镇、乙镇、',
        '丙镇等有关乡镇',
        '县现代农业',
        '服务中心',
        '丁镇',
      ]),
    ).toEqual([
      '县城市管理和综合执法局',
      '县发改局(县营商办)',
      '甲镇、乙镇、丙镇等有关乡镇',
      '县现代农业服务中心',
      '丁镇',
    ]);
  });
  it('keeps complete names apart', () => {
    expect(joinUnitLines(['县财政局', '县税务局', '甲镇'])).toEqual(['县财政局', '县税务局', '甲镇']);
  });
});

describe('parseProgressText with other headers', () => {
  const text = [
    '某县2024年政府工作报告重点任务一季度落实情况表',
    '',
    '',
    '序 号',
    '',
    '重点任务',
    '',
    '责任领导',
    '',
    '牵头单位',
    '',
    '责任单位',
    '',
    '完成情况',
    '',
    '备注',
    '',
    '1',
    '',
    '新建高标准农田2万亩。',
    '',
    '张三',
    '李四',
    '',
    '县农业农村局',
    '',
    '县自然资源和',
    '',
    '规划局',
    '县水利局',
    '',
    '已完成1.2万亩。',
    '',
    '序时推进',
    '',
    '2',
    '',
    '开工建设县城污水处理厂二期。',
    '',
    '王五',
    '',
    '县住建局',
    '',
    '',
    '项目已完成招标。',
    '',
    '滞后',
    '',
    '3',
    '',
    '争创省级文明城市。',
    '',
    '赵六',
    '',
    '县创文办',
    '',
    '各乡镇',
    '',
    '1.已完成测评。',
    '',
    '2.正在整改。',
    '',
    '序时推进',
    '',
    '',
    '',
    '扫一扫在手机上查看',
    '',
    '打印 关闭',
  ].join('\n');
  const rows = parse(text);

  it('reads each row by its column names', () => {
    expect(rows.map((r) => [r.no, r.task, r.lead, r.partners, r.status])).toEqual([
      [1, '新建高标准农田2万亩。', ['县农业农村局'], ['县自然资源和规划局', '县水利局'], '序时推进'],
      [2, '开工建设县城污水处理厂二期。', ['县住建局'], [], '滞后'],
      [3, '争创省级文明城市。', ['县创文办'], ['各乡镇'], '序时推进'],
    ]);
  });

  it('keeps a multi-paragraph progress cell and ends the table before the footer', () => {
    expect(rows[2].progress).toBe('1.已完成测评。\n\n2.正在整改。');
    expect(rows[1].progress).toBe('项目已完成招标。');
  });

  it('returns nothing for text without a table header', () => {
    expect(parse('一、工作回顾\n\n1\n\n全市生产总值增长5%。')).toEqual([]);
  });
});

describe('parseProgressText on traditional text', () => {
  const text = [
    '序號',
    '',
    '',
    '',
    '牽頭單位',
    '',
    '責任單位',
    '',
    '進展情況',
    '',
    '備註',
    '',
    '1',
    '',
    '推動區域協同發展。',
    '',
    '市發改委',
    '',
    '',
    '已編制方案。',
    '',
    '推進緩慢',
    '',
  ].join('\n');
  it('keeps the task and status as written', () => {
    const [row] = parse(text);
    expect(row).toMatchObject({
      no: 1,
      task: '推動區域協同發展。',
      lead: ['市發改委'],
      partners: [],
      status: '推進緩慢',
    });
  });
});

describe('parseProgressCells', () => {
  it('finds the columns by their names and skips rows without a number', () => {
    const rows = parseProgressCells([
      ['序号', '工作任务', '牵头单位', '配合单位', '上半年进展', '备注'],
      ['一、扩大有效投资', '', '', '', '', ''],
      ['1', ' 完成固定资产投资100亿元。 ', '市发改委', '市财政局\n市住建局', '完成52亿元。', '已达\n“双过半”'],
      ['2', '新增就业5000人。', '市人社局', '', '新增2800人。', '有序推进'],
    ]);
    expect(rows).toEqual([
      {
        no: 1,
        task: '完成固定资产投资100亿元。',
        lead: ['市发改委'],
        partners: ['市财政局', '市住建局'],
        progress: '完成52亿元。',
        status: '已达“双过半”',
      },
      {
        no: 2,
        task: '新增就业5000人。',
        lead: ['市人社局'],
        partners: [],
        progress: '新增2800人。',
        status: '有序推进',
      },
    ]);
  });

  it('reads a lone 责任单位 column as the lead, and units on one line split by 、', () => {
    const rows = parseProgressCells([
      ['序 号', '重点任务', '责任单位', '完成情况'],
      ['1', '建设5G基站300个。', '市经信局、市通信办', '已建成180个。'],
      ['2', '整治撂荒地。', '甲镇、乙镇等有关乡镇', '已完成。'],
    ]);
    expect(rows.map((r) => [r.lead, r.partners, r.status])).toEqual([
      [['市经信局', '市通信办'], [], ''],
      [['甲镇、乙镇等有关乡镇'], [], ''],
    ]);
  });

  it('reads a table without a header in the usual column order when it looks like tasks', () => {
    const rows = parseProgressCells([
      ['1', '完成造林绿化1万亩。', '市自然资源和规划局', '', '已完成0.6万亩。', '有序推进'],
    ]);
    expect(rows[0]).toMatchObject({
      no: 1,
      task: '完成造林绿化1万亩。',
      lead: ['市自然资源和规划局'],
      status: '有序推进',
    });
  });

  it('reads nothing from a headerless table of figures', () => {
    expect(
      parseProgressCells([
        ['1', '生产总值', '5%', '6%'],
        ['2', '财政收入', '3%', '4%'],
      ]),
    ).toEqual([]);
  });
});

describe('parseProgressText on a tab-separated table', () => {
  it('reads one row per line', () => {
    const text =
      '某市重点任务推进情况\n序號\t工作任務\t牽頭單位\t配合單位\t完成情況\t備註\n1\t新建高標準農田2萬畝。\t市農業農村局\t市財政局、市水利局\t已完成1.2萬畝。\t序時推進\n2\t新增就業5000人。\t市人社局\t\t新增2800人。\t推進緩慢\n';
    expect(parse(text).map((r) => [r.no, r.task, r.lead, r.partners, r.status])).toEqual([
      [1, '新建高標準農田2萬畝。', ['市農業農村局'], ['市財政局', '市水利局'], '序時推進'],
      [2, '新增就業5000人。', ['市人社局'], [], '推進緩慢'],
    ]);
  });
});
