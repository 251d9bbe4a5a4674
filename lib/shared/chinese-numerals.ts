/** Chinese numerals as documents number their parts (一、) and items （一）: 一 … 九十九. */

const DIGITS = '〇一二三四五六七八九';

/** Parses 一 … 九十九; returns undefined for anything else. */
export function parseChineseNumeral(text: string): number | undefined {
  // Ten is 十, never 一十 (the form of amounts, not of numbering), so a tens digit is 二 … 九.
  const match = /^(?:([二三四五六七八九])?(十))?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === '') return undefined;
  const [, tensDigit, ten, units] = match;
  const tens = ten ? (tensDigit ? DIGITS.indexOf(tensDigit) : 1) : 0;
  const unit = units ? DIGITS.indexOf(units) : 0;
  return tens * 10 + unit;
}

/** Formats 1 … 99 as 一 … 九十九. */
export function formatChineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) throw new RangeError(`no Chinese numeral for ${value}`);
  const tens = Math.floor(value / 10);
  const units = value % 10;
  const tensPart = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS.charAt(tens)}十`;
  return tensPart + (units === 0 ? '' : DIGITS.charAt(units));
}
