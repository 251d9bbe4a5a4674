/** 落款 and dates: the issuer (or signer) lines above a 成文日期, the date as written and in ISO form. */
import { describe, expect, it } from 'vitest';
import { findClosing } from '../../../scripts/import/closing.ts';
import { publishedDate, signedDate } from '../../../scripts/import/dates.ts';

const lines = (...texts: string[]) => texts.map((text, i) => ({ line: i + 1, text }));

describe('dates', () => {
  it.each([
    ['二〇〇七年十一月十三日', '2007-11-13'],
    ['二〇二四年一月五日', '2024-01-05'],
    ['二○二四年十二月三十一日', '2024-12-31'],
    ['2024年1月5日', '2024-01-05'],
    ['2024年 6月 12日', '2024-06-12'],
  ])('成文日期 %s is %s', (text, iso) => {
    expect(signedDate(text)).toBe(iso);
  });

  it.each(['本办法自2024年4月1日起施行。', '2024年13月1日', '2024-01-05', '二〇二四年一十月五日'])(
    '%s is not a 成文日期 line',
    (text) => {
      expect(signedDate(text)).toBeUndefined();
    },
  );

  it.each([
    ['发布时间：2024-03-05 10:30　　来源：示例市发展和改革委员会', '2024-03-05'],
    ['发布日期：\t2024年03月05日', '2024-03-05'],
    ['中央政府门户网站 www.gov.cn   2007年12月05日   来源：发展改革委网站', '2007-12-05'],
    ['2024-06-18 16:05 来源：新华社', '2024-06-18'],
  ])('the page’s publication date in %j is %s', (text, iso) => {
    expect(publishedDate(text)).toBe(iso);
  });

  it.each(['成文日期：\t2024年03月01日', '生成日期：2024-03-01', '2024年3月1日'])(
    '%j is not a publication date',
    (text) => {
      expect(publishedDate(text)).toBeUndefined();
    },
  );
});

describe('findClosing', () => {
  it('takes the issuer above the date, as written', () => {
    const closing = findClosing(
      lines('现予印发。', '附件：示例办法', '示例市发展和改革委员会', '2024年3月1日', '附件'),
      0,
    );
    expect(closing).toMatchObject({ signers: ['示例市发展和改革委员会'], dateSigned: '2024-03-01', first: 2, last: 3 });
    expect(closing?.lines.map((line) => line.text)).toEqual(['示例市发展和改革委员会', '2024年3月1日']);
  });

  it('takes joint issuers one per line, and the 附注 under the date', () => {
    const closing = findClosing(
      lines('请遵照执行。', '国家发展改革委', '财政部', '2024年4月30日', '（此件公开发布）'),
      0,
    );
    expect(closing?.signers).toEqual(['国家发展改革委', '财政部']);
    expect(closing?.lines.map((line) => line.text)).toEqual([
      '国家发展改革委',
      '财政部',
      '2024年4月30日',
      '（此件公开发布）',
    ]);
    expect(closing?.last).toBe(4);
  });

  it('writes a signer’s spacing as issued: one ideographic space between title and name', () => {
    const closing = findClosing(lines('现予公布。', '市长 \u00a0王某某', '2024年1月5日'), 0);
    expect(closing?.lines[0]?.text).toBe('市长\u3000王某某');
  });

  it('does not take a numbered line of a list for an issuer', () => {
    expect(findClosing(lines('附件：1．甲名单', '2．乙要求', '2024年6月12日'), 0)).toBeUndefined();
  });
});
