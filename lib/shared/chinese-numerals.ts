/**
 * Chinese numerals as documents number their parts (一、), items （一）, chapters and articles
 * (第一百零二条): 一 … 九千九百九十九, in the one form official texts print. Parsing accepts exactly
 * the forms formatting produces, so a number read from a heading always prints back the same.
 */

const DIGITS = '〇一二三四五六七八九';
const MAX = 9999;

/** Formats 1 … 9999: 十, 十五, 一百零二, 一百一十, 一千零五十. */
export function formatChineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > MAX) throw new RangeError(`no Chinese numeral for ${value}`);
  const places: Array<[digit: number, unit: string]> = [
    [Math.floor(value / 1000), '千'],
    [Math.floor(value / 100) % 10, '百'],
    [Math.floor(value / 10) % 10, '十'],
    [value % 10, ''],
  ];
  let out = '';
  let gap = false;
  for (const [digit, unit] of places) {
    if (digit === 0) {
      // A zero inside the number is read once, as 零 (一百零二), and never at its end.
      gap = out !== '';
      continue;
    }
    if (gap) out += '零';
    gap = false;
    // Ten is 十 at the start of a number (十五) and 一十 after a hundred (一百一十).
    out += digit === 1 && unit === '十' && out === '' ? unit : `${DIGITS.charAt(digit)}${unit}`;
  }
  return out;
}

let forms: Map<string, number> | undefined;

/** Parses the forms formatChineseNumeral prints; undefined for anything else (一十, 两百, 〇, 壹 …). */
export function parseChineseNumeral(text: string): number | undefined {
  if (!forms) {
    forms = new Map();
    for (let value = 1; value <= MAX; value += 1) forms.set(formatChineseNumeral(value), value);
  }
  return forms.get(text);
}
