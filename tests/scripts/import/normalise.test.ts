/** Normalising a page's lines: simplified text with the issued punctuation, from either script. */
import { describe, expect, it } from 'vitest';
import { normaliseLine } from '../../../scripts/import/normalise.ts';

describe('normaliseLine', () => {
  it.each([
    ['發改企業[2007]2897號', '发改企业〔2007〕2897号'],
    ['\u00a0\u00a0\u00a0\u00a0(一)加強科學規劃,優化區域和産業佈局。', '（一）加强科学规划，优化区域和产业布局。'],
    ['附件:1.第一批市級産業園區名單', '附件：1.第一批市级产业园区名单'],
    ['1.道路、供水、供電等基礎設施;', '1．道路、供水、供电等基础设施；'],
    ['仲介組織發揮著越來越重要的作用', '中介组织发挥着越来越重要的作用'],
  ])('traditional %j → %j', (line, expected) => {
    expect(normaliseLine(line, 'zh-hant')).toBe(expected);
  });

  it.each([
    ['　　现将有关事项通知如下:', '现将有关事项通知如下：'],
    ['会议于10:30开始', '会议于10:30开始'],
    ['投资1,000万元以上的项目', '投资1,000万元以上的项目'],
    ['网址：http://www.example.gov.cn/a.htm', '网址：http://www.example.gov.cn/a.htm'],
    ['占比达到(50%),较上年提高', '占比达到（50%），较上年提高'],
    ['1.5亿元用于园区建设', '1.5亿元用于园区建设'],
    ['依照《著作权法》的规定', '依照《著作权法》的规定'],
    ['示发改(2024)17号', '示发改〔2024〕17号'],
    ['\u00a0 \u3000', ''],
  ])('simplified %j → %j', (line, expected) => {
    expect(normaliseLine(line, 'zh-hans')).toBe(expected);
  });

  it('normalises a table row cell by cell, keeping empty cells and dropping the trailing tab', () => {
    expect(normaliseLine('序號\t\t主導産業,備註\t', 'zh-hant')).toBe('序号\t\t主导产业，备注');
  });
});
