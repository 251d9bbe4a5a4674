/** Tables: a browser's copy of an HTML table (tab-separated cells, one row per line) becomes a GFM table. */
import { describe, expect, it } from 'vitest';
import { placeBody } from '../../../scripts/import/body.ts';
import { captionText, gfmTable } from '../../../scripts/import/tables.ts';
import { pageLines } from '../../../scripts/import/normalise.ts';

const body = (text: string, script: 'zh-hans' | 'zh-hant' = 'zh-hans') => placeBody(pageLines(text, script));

describe('tables from tab-separated lines', () => {
  it('writes the first row as the header, then the delimiter row, then the rows', () => {
    expect(gfmTable(['序号\t园区名称\t所在区', '1\t示例高新技术产业园\t东城区'])).toBe(
      '| 序号 | 园区名称 | 所在区 |\n| --- | --- | --- |\n| 1 | 示例高新技术产业园 | 东城区 |',
    );
  });

  it('gives every row as many cells as the widest, since GFM drops cells beyond the header’s', () => {
    expect(gfmTable(['序号\t名称', '1\t甲\t备注', '2'])).toBe(
      '| 序号 | 名称 |  |\n| --- | --- | --- |\n| 1 | 甲 | 备注 |\n| 2 |  |  |',
    );
  });

  it('escapes a cell’s | and Markdown marks, so the cell reads as written', () => {
    expect(gfmTable(['a|b\t*注*', '<1>\t_x_'])).toBe('| a\\|b | \\*注\\* |\n| --- | --- |\n| \\<1> | \\_x\\_ |');
  });

  it('keeps empty cells inside a row, and drops the tab a browser leaves after the last cell', () => {
    const { blocks } = body('序号\t名称\t备注\t\n1\t\t东城区\t\n');
    expect(blocks).toEqual(['| 序号 | 名称 | 备注 |\n| --- | --- | --- |\n| 1 |  | 东城区 |']);
  });

  it('normalises each cell: traditional to simplified, half-width punctuation to full-width', () => {
    const { blocks } = body('序號\t主導産業\n2\t裝備製造,新材料(試點)\n', 'zh-hant');
    expect(blocks).toEqual(['| 序号 | 主导产业 |\n| --- | --- |\n| 2 | 装备制造，新材料（试点） |']);
  });

  it('takes a 表N line right above the rows as its caption, with the issued spacing', () => {
    const { blocks, unplaced } = body('表1 第一批市级产业园区名单\n序号\t名称\n1\t甲\n');
    expect(blocks).toEqual(['表1　第一批市级产业园区名单', '| 序号 | 名称 |\n| --- | --- |\n| 1 | 甲 |']);
    expect(unplaced).toEqual([]);
  });

  it('leaves a 表N line that no table follows as text, as written', () => {
    expect(body('表1 见附件\n正文。').blocks).toEqual(['表1 见附件', '正文。']);
  });

  it('caption forms: 表1　…, 附表2：…, 表：…', () => {
    expect(captionText('表1 园区名单')).toBe('表1　园区名单');
    expect(captionText('附表2：园区名单')).toBe('附表2：园区名单');
    expect(captionText('表：园区名单')).toBe('表：园区名单');
  });

  it('reports a lone tab-separated line, and keeps it as text', () => {
    const { blocks, unplaced } = body('正文。\n甲\t乙\n正文。');
    expect(blocks).toEqual(['正文。', '甲\t乙', '正文。']);
    expect(unplaced).toEqual([
      { line: 2, text: '甲\t乙', why: 'a single tab-separated line: kept as text, not as a one-row table' },
    ]);
  });

  it('does not take a paragraph indented with a tab for a row', () => {
    expect(body('\t第一条　为了规范管理，制定本办法。').blocks).toEqual(['第一条　为了规范管理，制定本办法。']);
  });
});
