/** Dates as documents and pages print them, read into ISO form for the front matter. */
import { parseChineseNumeral } from '../../lib/shared/chinese-numerals.ts';

const YEAR_DIGITS = '〇一二三四五六七八九';
/** 成文日期 as a 落款 prints it: 二〇〇七年十一月十三日 or 2024年1月5日 (○ and 零 stand in for 〇 on some pages). */
const SIGNED =
  /^([〇○零一二三四五六七八九]{4}|\d{4})年([一二三四五六七八九十]{1,2}|\d{1,2})月([一二三四五六七八九十]{1,3}|\d{1,2})日$/;
/** 发布时间：2024-03-05 10:30, 发布日期：2024年03月05日 (never 成文日期, which is the signing date). */
const LABELLED = /(?<!成文|印发|生成)(?:发布)?(?:日期|时间)[：:]\s*(\d{4})[-年./](\d{1,2})[-月./](\d{1,2})/;
/** The gov.cn date line: 2007年12月05日   来源：… or 2024-03-05 10:30 来源：… */
const DATELINE = /(\d{4})[-年](\d{1,2})[-月](\d{1,2})日?\s+(?:\d{1,2}:\d{2}(?::\d{2})?\s+)?来源[：:]/;

const pad = (n: number): string => String(n).padStart(2, '0');

const iso = (year: number, month: number, day: number): string | undefined =>
  month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${year}-${pad(month)}-${pad(day)}` : undefined;

/** A year written digit by digit: 二〇二四 → 2024. */
function readYear(text: string): number {
  if (/^\d{4}$/.test(text)) return Number(text);
  return Number([...text.replace(/[○零]/g, '〇')].map((c) => YEAR_DIGITS.indexOf(c)).join(''));
}

const readPart = (text: string): number => (/^\d+$/.test(text) ? Number(text) : (parseChineseNumeral(text) ?? 0));

/** The ISO date of a line that is only a 成文日期, or undefined. Spaces inside (2024年 1月 5日) are allowed. */
export function signedDate(text: string): string | undefined {
  const match = SIGNED.exec(text.replace(/[\s\u3000]/g, ''));
  if (!match) return undefined;
  const [, year = '', month = '', day = ''] = match;
  return iso(readYear(year), readPart(month), readPart(day));
}

/** The publication date a page header or date line states, or undefined. */
export function publishedDate(text: string): string | undefined {
  const match = LABELLED.exec(text) ?? DATELINE.exec(text);
  if (!match) return undefined;
  const [, year = '', month = '', day = ''] = match;
  return iso(Number(year), Number(month), Number(day));
}
