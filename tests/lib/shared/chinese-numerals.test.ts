import { describe, expect, it } from 'vitest';
import { formatChineseNumeral, parseChineseNumeral } from '@/lib/shared/chinese-numerals';

/** Numbers as documents write them in parts, items, chapters and articles (第一百零二条). */
const TABLE: [number, string][] = [
  [1, '一'],
  [3, '三'],
  [9, '九'],
  [10, '十'],
  [11, '十一'],
  [19, '十九'],
  [20, '二十'],
  [21, '二十一'],
  [40, '四十'],
  [99, '九十九'],
  [100, '一百'],
  [101, '一百零一'],
  [102, '一百零二'],
  [110, '一百一十'],
  [111, '一百一十一'],
  [120, '一百二十'],
  [999, '九百九十九'],
  [1000, '一千'],
  [1001, '一千零一'],
  [1010, '一千零一十'],
  [1050, '一千零五十'],
  [1100, '一千一百'],
  [1260, '一千二百六十'],
  [9999, '九千九百九十九'],
];

describe('Chinese numerals', () => {
  it.each(TABLE)('%i ⇄ %s', (value, text) => {
    expect(formatChineseNumeral(value)).toBe(text);
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it('round-trips every number an article can carry', () => {
    for (let value = 1; value <= 9999; value += 1) expect(parseChineseNumeral(formatChineseNumeral(value))).toBe(value);
  });

  // Forms a document does not use for numbering must not parse: a wrong parse would give a clause a wrong id.
  it.each([
    ...['', '〇', '零', '一十', '十十', '二二', '百', '千', '1', '（一）', '一、', '壹', '廿'],
    // Hundreds: 一十 is required after 百, a zero is 零 (never 〇) and is never doubled or final.
    ...['一百十', '一百〇二', '一百零零二', '一百零', '两百', '百零二', '一千零零五', '十百'],
  ])('does not parse %j', (text) => {
    expect(parseChineseNumeral(text)).toBeUndefined();
  });

  it.each([0, 10000, 1.5, -1])('refuses to format %d', (value) => {
    expect(() => formatChineseNumeral(value)).toThrow(RangeError);
  });
});
