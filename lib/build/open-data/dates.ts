/** Dates as Chinese documents write them (2024年3月1日, 二〇〇七年十一月十三日), read back to ISO form. */
import { parseChineseNumeral } from '../../shared/chinese-numerals.ts';

const YEAR_DIGITS = '〇一二三四五六七八九';
const WRITTEN_DATE =
  /^([0-9〇零一二三四五六七八九]{4})年([0-9一二三四五六七八九十]{1,3})月([0-9一二三四五六七八九十]{1,3})日$/;

/** A year is read digit by digit (二〇〇七); month and day as numbers (十一). */
function yearOf(text: string): number {
  return Number(
    [...text].map((ch) => (/\d/.test(ch) ? ch : String(YEAR_DIGITS.indexOf(ch === '零' ? '〇' : ch)))).join(''),
  );
}

const numberOf = (text: string): number | undefined => (/^\d+$/.test(text) ? Number(text) : parseChineseNumeral(text));

/** The ISO date a line such as 二〇〇七年十一月十三日 states, or null when the line is not a date. */
export function writtenDate(line: string): string | null {
  const match = WRITTEN_DATE.exec(line.trim());
  if (!match) return null;
  const [, y = '', m = '', d = ''] = match;
  const [year, month, day] = [yearOf(y), numberOf(m), numberOf(d)];
  if (month === undefined || day === undefined || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
