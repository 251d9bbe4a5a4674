/** Script detection: traditional pages are converted, and simplified pages are never taken for traditional. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectScript } from '../../../scripts/import/detect-script.ts';
import { DOC_DIR } from '../../helpers/content.ts';

const FIXTURES = path.join(process.cwd(), 'tests/fixtures/documents');
const page = (doc: string, file: string): string => fs.readFileSync(path.join(FIXTURES, doc, file), 'utf8');
const GATEWAY_2897 = fs.readFileSync(path.join(DOC_DIR, 'gov-cn-big5-2007-12-05-content_825870.txt'), 'utf8');

describe('detectScript', () => {
  it.each([
    ['the 2897 page from the traditional gateway', GATEWAY_2897],
    ['a fixture page from the gateway (sample-2024-17)', page('sample-2024-17', 'source-zh-hant.txt')],
    ['a fixture page from the gateway (sample-order-9)', page('sample-order-9', 'source-zh-hant.txt')],
    ['a fixture page from the gateway (sample-2024-31)', page('sample-2024-31', 'source-zh-hant.txt')],
    ['a traditional sentence', '國家發展改革委關於印發促進產業集群發展的若干意見的通知'],
    [
      'a traditional sentence with the gateway’s 産 and half-width punctuation',
      '産業園區規劃應當包括下列內容:(一)園區範圍',
    ],
    ['a short traditional line, as the smallest page the importer refuses', '當前位置: 首頁'],
  ])('%s is traditional', (_name, text) => {
    expect(detectScript(text).script).toBe('zh-hant');
  });

  it.each([
    [
      'a fixture page in simplified (sample-2024-17), whose header links to 繁體',
      page('sample-2024-17', 'source-zh-hans.txt'),
    ],
    ['a fixture page in simplified (sample-order-9)', page('sample-order-9', 'source-zh-hans.txt')],
    ['a fixture page in simplified (sample-2024-31)', page('sample-2024-31', 'source-zh-hans.txt')],
    [
      'simplified text citing 著作权法 (著 is also a traditional-only form)',
      '依照《中华人民共和国著作权法》第十条的规定',
    ],
    ['乾 and 於 in simplified names', '乾隆年间於氏家族的档案由市档案馆保管'],
    ['one ambiguous character and nothing else', '著名'],
    ['no character that differs between the scripts', '一、二、三 2024年 第一条 中国人民'],
    ['simplified text with half-width punctuation', '为了规范产业园区管理,制定本办法:(一)统筹规划;'],
    [
      'a simplified notice that quotes one traditional title',
      '参见《國家發展》一书，以及国家发展改革委关于加强产业园区管理的通知',
    ],
    ['simplified text full of characters traditional also writes (干, 后, 里, 台)', '若干意见印发后，台里各部门'],
  ])('%s is simplified', (_name, text) => {
    expect(detectScript(text).script).toBe('zh-hans');
  });

  it('counts each side’s characters: the 2897 page is overwhelmingly traditional', () => {
    const { traditional, simplified } = detectScript(GATEWAY_2897);
    expect(traditional).toBeGreaterThan(1000);
    expect(simplified).toBeLessThan(traditional / 50);
  });

  it('counts only the characters that differ: 国 in 中国人民, not 中, 人, 民 or digits', () => {
    expect(detectScript('中国人民 2024')).toEqual({ script: 'zh-hans', traditional: 0, simplified: 1 });
    expect(detectScript('中國人民 2024')).toEqual({ script: 'zh-hans', traditional: 1, simplified: 0 });
  });
});
