/**
 * The page's lines as simplified text with the issued punctuation: a traditional page is converted at
 * character level (OpenCC tw→cn) and corrected; both scripts get full-width punctuation where a web
 * page or the traditional gateway wrote half-width, and lose their indentation.
 */
import { twToCn } from '../../lib/build/content/zh-hant.ts';
import { CORRECTIONS } from './corrections.ts';
import type { PageScript } from './detect-script.ts';
import type { Line } from './types.ts';

const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};
/** Characters of numbers, times and addresses: a mark between two of them (10:30, 1,000, http://) stays half-width. */
const ASCII_CONTEXT = /[A-Za-z0-9./\-_%&=#@~+]/;
const EDGE_SPACE = /^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g;

function fullWidthPunctuation(text: string): string {
  return text.replace(/[,:;?!()]/g, (mark, offset: number) => {
    const before = text.charAt(offset - 1);
    const after = text.charAt(offset + 1);
    return ASCII_CONTEXT.test(before) && ASCII_CONTEXT.test(after) ? mark : (FULL_WIDTH[mark] ?? mark);
  });
}

/**
 * Marks that web pages write in ASCII where the issued text has its own: 发文字号 years in 六角括号
 * 〔〕 (GB/T 9704-2012; the gateway writes [2007]), and a 目's full stop 1． (in Markdown, "1." would
 * also open a list).
 */
function issuedMarks(text: string): string {
  return text.replace(/[[［（(](\d{4})[\]］）)](?=\d+号)/g, '〔$1〕').replace(/^(\d+)\.(?!\d)/, '$1．');
}

function toSimplified(text: string, script: PageScript): string {
  if (script === 'zh-hans') return text;
  let out = twToCn(text);
  for (const correction of CORRECTIONS) out = out.split(correction.from).join(correction.to);
  return out;
}

/** One line of text, normalised; cells of a table row (tab-separated, as a browser copies a table) one by one. */
export function normaliseLine(raw: string, script: PageScript): string {
  const cells = raw.split('\t').map((cell) => cell.replace(EDGE_SPACE, ''));
  const isRow = cells.filter((cell) => cell !== '').length >= 2;
  const parts = isRow ? cells : [cells.join(' ').replace(EDGE_SPACE, '')];
  const normalised = parts.map((part) => issuedMarks(fullWidthPunctuation(toSimplified(part, script))));
  // A row copied from a browser ends with a tab after its last cell, which is not a cell of its own.
  while (isRow && normalised.at(-1) === '') normalised.pop();
  return normalised.join('\t');
}

/** The page's non-blank lines, normalised, each with its line number in the page file. */
export function pageLines(page: string, script: PageScript): Line[] {
  return page
    .split(/\r?\n/)
    .map((raw, i) => ({ line: i + 1, text: normaliseLine(raw, script) }))
    .filter((line) => line.text !== '');
}
