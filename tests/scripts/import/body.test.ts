/** Levels: every numbered line opens its level at the heading depth the content format sets, or is reported. */
import { describe, expect, it } from 'vitest';
import { placeBody } from '../../../scripts/import/body.ts';
import { classify } from '../../../scripts/import/levels.ts';
import { pageLines } from '../../../scripts/import/normalise.ts';

const place = (...lines: string[]) => placeBody(pageLines(lines.join('\n'), 'zh-hans'));

describe('a regulation’s levels', () => {
  it('章 at ##, 节 one level below, articles, 款, 项 and 目 as paragraphs', () => {
    const { blocks, unplaced } = place(
      '第一章 总则',
      '第一条 为了规范管理，制定本办法。',
      '第二章　规划',
      '第一节　编制',
      '第二条　规划包括：',
      '（一）范围；',
      '（二）布局，主要包括：',
      '1．道路；',
      '2.供水。',
      '规划确需调整的，应当报批。',
    );
    expect(blocks).toEqual([
      '## 第一章　总则',
      '第一条　为了规范管理，制定本办法。',
      '## 第二章　规划',
      '### 第一节　编制',
      '第二条　规划包括：',
      '（一）范围；',
      '（二）布局，主要包括：',
      '1．道路；',
      '2．供水。',
      '规划确需调整的，应当报批。',
    ]);
    expect(unplaced).toEqual([]);
  });

  it('编 at ##, its 章 at ###, a 节 at ####; chapters restart in each 编, articles run on', () => {
    const { blocks, unplaced } = place(
      '第一编　总则',
      '第一章　一般规定',
      '第一节　范围',
      '第一条　甲。',
      '第二编　分则',
      '第一章　特别规定',
      '第二条　乙。',
    );
    expect(blocks).toEqual([
      '## 第一编　总则',
      '### 第一章　一般规定',
      '#### 第一节　范围',
      '第一条　甲。',
      '## 第二编　分则',
      '### 第一章　特别规定',
      '第二条　乙。',
    ]);
    expect(unplaced).toEqual([]);
  });

  it('closes up a centred heading’s padding: 总　　则 is the word 总则', () => {
    const { blocks } = place('第一章　总　　则', '第一条　为了规范管理，制定本办法。');
    expect(blocks).toEqual(['## 第一章　总则', '第一条　为了规范管理，制定本办法。']);
  });

  it('reads numbers past 十 in the form documents print them', () => {
    expect(classify('第十一章　附　　则')).toEqual({ kind: 'chapter', value: 11, text: '第十一章　附则' });
    expect(classify('第一百零二条 本办法自公布之日起施行。')).toEqual({
      kind: 'article',
      value: 102,
      inserted: false,
      text: '第一百零二条　本办法自公布之日起施行。',
    });
    expect(classify('（二十一）其他事项。')).toMatchObject({ kind: 'item', value: 21 });
    expect(classify('第五条之一　甲。')).toMatchObject({ kind: 'article', value: 5, inserted: true });
  });

  it('reads 第二章规定的… (no space after the number) as text, as the build does', () => {
    expect(place('第一条　甲。', '第二章规定的事项，依照执行。').blocks).toEqual([
      '第一条　甲。',
      '第二章规定的事项，依照执行。',
    ]);
  });
});

describe('a notice’s levels', () => {
  it('一、 parts at ##, （一） items at ### with their heading sentence, 目 inside items', () => {
    const { blocks, unplaced } = place(
      '一、加强组织领导',
      '各有关区要成立工作专班。',
      '二、完善配套设施',
      '（一）加快基础设施建设。优先保障园区用地。',
      '（二）提升公共服务水平。',
      '支持园区建设公共服务平台：',
      '1．研发平台；',
      '2．检测平台。',
    );
    expect(blocks).toEqual([
      '## 一、加强组织领导',
      '各有关区要成立工作专班。',
      '## 二、完善配套设施',
      '### （一）加快基础设施建设。',
      '优先保障园区用地。',
      '### （二）提升公共服务水平。',
      '支持园区建设公共服务平台：',
      '1．研发平台；',
      '2．检测平台。',
    ]);
    expect(unplaced).toEqual([]);
  });
});

describe('lines that cannot be placed are kept as paragraphs and reported with their line', () => {
  it.each([
    [
      ['第一章　总则', '第一节　范围', '第一条　甲。', '第三节　其他'],
      4,
      '第三节　其他',
      '第三节 where 第二节 was expected',
    ],
    [['第一条　甲。', '第一节　范围'], 2, '第一节　范围', '第…节 outside a 章'],
    [['正文。', '（一）统筹规划；'], 2, '（一）统筹规划；', 'an item （一） outside a part 一、'],
    [['一、总体要求', '正文。', '三、保障措施', '正文。'], 3, '三、保障措施', '三、 where 二、 was expected'],
    [
      ['一、总体要求', '（一）统筹规划；', '正文。'],
      2,
      '（一）统筹规划；',
      'an item （一） without a heading sentence (…。) or text under it',
    ],
    [
      ['一、总体要求', '正文。', '（一）统筹规划。'],
      3,
      '（一）统筹规划。',
      'an item （一） without a heading sentence (…。) or text under it',
    ],
    [['正文。', '一、总体要求'], 2, '一、总体要求', 'part 一、 with no text under it'],
    [['第一条　甲。', '一、总体要求'], 2, '一、总体要求', 'a part 一、 in a body numbered with 第…条 articles'],
    [['一、总体要求', '1．第一项。'], 2, '1．第一项。', 'a 目 1． outside a 项 or an item'],
    [['第一章　总则', '第一条　甲：', '1．乙。'], 3, '1．乙。', 'a 目 1． outside a 项 or an item (kept as a new 款)'],
    [['一、总体要求', '正文。', '第一章　总则'], 3, '第一章　总则', '第一章　总则 in a body numbered with 一、 parts'],
  ])('%j: line %i', (lines, line, text, why) => {
    const { blocks, unplaced } = place(...lines);
    expect(unplaced).toEqual([{ line, text, why }]);
    expect(blocks).toContain(text);
  });

  it('reports what follows an unplaced level by the numbering the build will check', () => {
    const { unplaced } = place('一、总体要求', '二、保障措施', '正文。');
    expect(unplaced).toEqual([
      { line: 1, text: '一、总体要求', why: 'part 一、 with no text under it' },
      { line: 2, text: '二、保障措施', why: '二、 where 一、 was expected' },
    ]);
  });

  it('writes as it stands, and reports, what the build will read anyway: an article out of sequence', () => {
    const { blocks, unplaced } = place('第一条　甲。', '第三条　乙。');
    expect(blocks).toEqual(['第一条　甲。', '第三条　乙。']);
    expect(unplaced).toEqual([
      {
        line: 2,
        text: '第三条　乙。',
        why: '第三条 where 第二条 was expected (the build stops on it: articles number through the body)',
      },
    ]);
  });

  it('escapes Markdown in text, so a line reads as written', () => {
    expect(place('- 注：<附表> *不* 公开').blocks).toEqual(['\\- 注：\\<附表> \\*不\\* 公开']);
  });
});
