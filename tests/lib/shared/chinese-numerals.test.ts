import { describe, expect, it } from 'vitest';
import { formatChineseNumeral, parseChineseNumeral } from '@/lib/shared/chinese-numerals';

/** Numbers as documents write them in 一、 parts and （一） items. */
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
];

describe('Chinese numerals', () => {
  it.each(TABLE)('%i ⇄ %s', (value, text) => {
    expect(formatChineseNumeral(value)).toBe(text);
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it('round-trips every number a part or item can carry', () => {
    for (let value = 1; value <= 99; value += 1) expect(parseChineseNumeral(formatChineseNumeral(value))).toBe(value);
  });

  // Forms a document does not use for numbering must not parse: a wrong parse would give a clause a wrong id.
  it.each(['', '〇', '零', '一十', '十十', '二二', '百', '一百', '1', '（一）', '一、', '壹', '廿'])(
    'does not parse %j',
    (text) => {
      expect(parseChineseNumeral(text)).toBeUndefined();
    },
  );

  it.each([0, 100, 1.5, -1])('refuses to format %d', (value) => {
    expect(() => formatChineseNumeral(value)).toThrow(RangeError);
  });
});
