/**
 * What a line of a body opens, read from its number as the content format writes it: 编、章、节
 * headings, 第…条 articles, 一、 parts, （一） items or 项, 1． 目; or a table row, a caption, or text.
 */
import { parseChineseNumeral } from '../../lib/shared/chinese-numerals.ts';
import { isCaption, isRow } from './tables.ts';

export type NumberedKind = 'book' | 'chapter' | 'section' | 'article' | 'part' | 'item' | 'subpoint';

/** A numbered line of one kind (a union member per kind, so each can be picked out): 第五条 has value 5. */
export type Numbered<K extends NumberedKind = NumberedKind> = K extends NumberedKind
  ? { kind: K; value: number; text: string; inserted?: boolean }
  : never;

export type Opener = Numbered | { kind: 'row' | 'caption' | 'text'; text: string };

const CN = '[零一二三四五六七八九十百千]+';
const SPACE = '[\\s\\u00a0\\u3000]';
/** A number needs a space after it (第一章　总则), as in the pipeline: 第二章规定的… opens a sentence, not a chapter. */
const DIVISION = new RegExp(`^第(${CN})([编章节])(?:${SPACE}+(.*))?$`);
const ARTICLE = new RegExp(`^第(${CN})条(之${CN})?(?:${SPACE}+(.*))?$`);
const PART = new RegExp(`^(${CN})、${SPACE}*(.*)$`);
const ITEM = new RegExp(`^（(${CN})）${SPACE}*(.*)$`);
const SUBPOINT = new RegExp(`^(\\d+)．${SPACE}*(.*)$`);
const DIVISIONS = { 编: 'book', 章: 'chapter', 节: 'section' } as const;

/** A centred heading's padding goes: 总　　则 is printed wide, and is the word 总则. */
const unpadded = (title: string): string =>
  title.replace(/(?<=\p{Script=Han})[\s\u00a0\u3000]+(?=\p{Script=Han})/gu, '');

function division(match: RegExpExecArray): Opener | undefined {
  const [, numeral = '', unit = '', title = ''] = match;
  const value = parseChineseNumeral(numeral);
  const kind = unit === '编' || unit === '章' || unit === '节' ? DIVISIONS[unit] : undefined;
  if (value === undefined || !kind) return undefined;
  const clean = unpadded(title.trim());
  return { kind, value, text: clean ? `第${numeral}${unit}\u3000${clean}` : `第${numeral}${unit}` };
}

function article(match: RegExpExecArray): Opener | undefined {
  const [, numeral = '', inserted, rest = ''] = match;
  const value = parseChineseNumeral(numeral);
  if (value === undefined) return undefined;
  const number = `第${numeral}条${inserted ?? ''}`;
  return { kind: 'article', value, inserted: Boolean(inserted), text: rest ? `${number}\u3000${rest}` : number };
}

/** The number as the content format prints it, run into its text without the page's spacing. */
const PRINTED = { part: (n: string) => `${n}、`, item: (n: string) => `（${n}）`, subpoint: (n: string) => `${n}．` };

function numbered(kind: 'part' | 'item' | 'subpoint', match: RegExpExecArray): Opener | undefined {
  const [, numeral = '', rest = ''] = match;
  const value = kind === 'subpoint' ? Number(numeral) : parseChineseNumeral(numeral);
  return value === undefined ? undefined : { kind, value, text: `${PRINTED[kind](numeral)}${rest}` };
}

/** Classifies one normalised line of a body. */
export function classify(text: string): Opener {
  if (isRow(text)) return { kind: 'row', text };
  const found = DIVISION.exec(text);
  const opener = found ? division(found) : undefined;
  if (opener) return opener;
  const articleMatch = ARTICLE.exec(text);
  const articleOpener = articleMatch ? article(articleMatch) : undefined;
  if (articleOpener) return articleOpener;
  for (const [kind, pattern] of [
    ['part', PART],
    ['item', ITEM],
    ['subpoint', SUBPOINT],
  ] as const) {
    const match = pattern.exec(text);
    const result = match ? numbered(kind, match) : undefined;
    if (result) return result;
  }
  return { kind: isCaption(text) ? 'caption' : 'text', text };
}
