/**
 * Where the document starts on the page: its number (文号) and title, which open it, and the
 * addressees after them. Everything before the first of these is the site's header.
 */
import { findDocNumber, type DocNumber } from './doc-number.ts';
import { isWidget } from './furniture.ts';
import { isAddressees, isBodyStart, isTitleLike } from './title.ts';
import { ImportError } from './types.ts';

export interface Opening {
  number?: DocNumber;
  /** Index of the number's first line. */
  numberAt?: number;
  /** Index of the title line; for a 令, undefined here: its regulation's title comes after its 落款 (shapes.ts). */
  titleAt?: number;
  /** First line of the document: everything before it is the site's header. */
  start: number;
  /** Last line of the number and title (and of the widgets under them); for a 令, of its number. */
  end: number;
}

/** How far a title may sit from its number or its text: a date line and a few widgets may come between. */
const REACH = 6;

const firstBodyStart = (texts: readonly string[], from = 0): number =>
  texts.findIndex((text, i) => i >= from && isBodyStart(text) && !isWidget(text));

/** The title next to a number: right after it (as the gateway prints it), else the nearest one above. */
function titleNear(texts: readonly string[], at: number, span: number): number | undefined {
  if (isTitleLike(texts[at + span] ?? '')) return at + span;
  for (let i = at - 1; i >= Math.max(0, at - REACH); i -= 1) if (isTitleLike(texts[i] ?? '')) return i;
  return undefined;
}

/** Without a number: the title nearest above the first line of text (the page's headline may repeat it higher up). */
function titleBeforeText(texts: readonly string[]): number | undefined {
  for (let body = firstBodyStart(texts); body !== -1; body = firstBodyStart(texts, body + 1)) {
    for (let i = body - 1; i >= Math.max(0, body - REACH); i -= 1) if (isTitleLike(texts[i] ?? '')) return i;
  }
  return undefined;
}

/** The opening runs on over the widgets printed under a title (date line, font size, print). */
function overWidgets(texts: readonly string[], end: number): number {
  let last = end;
  while (isWidget(texts[last + 1] ?? '')) last += 1;
  return last;
}

/** Finds the number and title that open the document; throws when the page has no title. */
export function locateOpening(texts: readonly string[]): Opening {
  const bodyStart = firstBodyStart(texts);
  const found = findDocNumber(texts, bodyStart === -1 ? texts.length : bodyStart);
  if (found?.number.kind === 'order') {
    return { number: found.number, numberAt: found.at, start: found.at, end: found.at + found.number.span - 1 };
  }
  const titleAt = found ? titleNear(texts, found.at, found.number.span) : titleBeforeText(texts);
  if (titleAt === undefined) {
    const near = found ? ` next to the number ${found.number.text}` : '';
    throw new ImportError(`no title found${near}: a title is one line ending with its 文种 (…通知, …办法, …令)`);
  }
  if (!found) return { titleAt, start: titleAt, end: overWidgets(texts, titleAt) };
  const end = overWidgets(texts, Math.max(titleAt, found.at + found.number.span - 1));
  return { number: found.number, numberAt: found.at, titleAt, start: Math.min(titleAt, found.at), end };
}

/** The addressees line right after the opening, if the document has one (a 令 or 公告 has none). */
export const addresseesAt = (texts: readonly string[], end: number): number | undefined =>
  isAddressees(texts[end + 1] ?? '') ? end + 1 : undefined;
