/**
 * The two shapes a document takes on a page. A notice (通知, 意见, 公告 …): number and title, addressees,
 * its text, the 落款, then its annexes. A 令: its number, the sentence that promulgates the regulation,
 * the signer and date, then the regulation's title and text (the 落款 may also follow the text).
 */
import { findClosing, type Closing } from './closing.ts';
import { isAnnexLabel, splitAnnexes, type Annex } from './annexes.ts';
import type { DocNumber } from './doc-number.ts';
import { footerStart, isWidget } from './furniture.ts';
import { addresseesAt, type Opening } from './locate.ts';
import { isTitleShaped } from './title.ts';
import { ImportError, lineAt, type Line } from './types.ts';

export interface DocumentLines {
  number?: DocNumber;
  title: Line;
  addressees?: Line;
  /** Lines between the title and the text that are not furniture: placed before the text, and reported. */
  leftover: Line[];
  body: Line[];
  closing: Closing;
  /** Lines between the 落款 and the first annex. */
  stray: Line[];
  annexes: Annex[];
  /** Every line dropped as the site's furniture. */
  furniture: Line[];
}

function requireClosing(lines: readonly Line[], from: number): Closing {
  const closing = findClosing(lines, from);
  if (!closing) {
    throw new ImportError(
      'no 落款 found: the issuer (or signer) on a line of its own, then the date (二〇二四年一月五日 or 2024年1月5日)',
    );
  }
  return closing;
}

/** The opening's lines other than the number and the title: a portal's widgets, or text to report. */
function openingZone(lines: readonly Line[], opening: Opening): { widgets: Line[]; leftover: Line[] } {
  const span = opening.number?.span ?? 0;
  const own = (i: number): boolean =>
    i === opening.titleAt || (opening.numberAt !== undefined && i >= opening.numberAt && i < opening.numberAt + span);
  const zone = lines.slice(opening.start, opening.end + 1).filter((_, k) => !own(opening.start + k));
  return { widgets: zone.filter((line) => isWidget(line.text)), leftover: zone.filter((line) => !isWidget(line.text)) };
}

/** A notice: everything between the opening and the 落款 is its text; the annexes follow the 落款. */
export function noticeLines(lines: readonly Line[], opening: Opening): DocumentLines {
  const texts = lines.map((line) => line.text);
  const { widgets, leftover } = openingZone(lines, opening);
  const addressees = addresseesAt(texts, opening.end);
  const bodyFrom = (addressees ?? opening.end) + 1;
  const closing = requireClosing(lines, bodyFrom);
  const footer = footerStart(texts, closing.last + 1);
  const { stray, annexes } = splitAnnexes(lines.slice(closing.last + 1, footer));
  return {
    ...(opening.number ? { number: opening.number } : {}),
    title: lineAt(lines, opening.titleAt ?? -1, 'the title'),
    ...(addressees === undefined ? {} : { addressees: lineAt(lines, addressees, 'the addressees') }),
    leftover,
    body: lines.slice(bodyFrom, closing.first),
    closing,
    stray,
    annexes,
    furniture: [...lines.slice(0, opening.start), ...widgets, ...lines.slice(footer)],
  };
}

/**
 * A 令's regulation title: the first line after the 令 that is neither a sentence, a numbered heading,
 * a note in brackets (（…通过）) nor part of the 落款. Its last word need not be a 文种 (…法, …条例).
 */
function orderTitle(lines: readonly Line[], after: number, closing: Closing): number {
  const at = lines.findIndex(
    (line, i) => i > after && (i < closing.first || i > closing.last) && isTitleShaped(line.text),
  );
  if (at === -1) throw new ImportError(`line ${lines[after]?.line ?? ''}: no title of the regulation after the 令`);
  return at;
}

/** A 令: its text is the promulgating sentence and the regulation, around the 落款 and the regulation's title. */
export function orderLines(lines: readonly Line[], opening: Opening): DocumentLines {
  const texts = lines.map((line) => line.text);
  const closing = requireClosing(lines, opening.end + 1);
  const titleAt = orderTitle(lines, opening.end, closing);
  const footer = footerStart(texts, Math.max(closing.last, titleAt) + 1);
  const skipped = (i: number): boolean => (i >= closing.first && i <= closing.last) || i === titleAt;
  const text = lines.slice(opening.end + 1, footer).filter((_, k) => !skipped(opening.end + 1 + k));
  const label = text.findIndex((line) => isAnnexLabel(line.text));
  return {
    ...(opening.number ? { number: opening.number } : {}),
    title: lineAt(lines, titleAt, 'the title'),
    leftover: [],
    body: label === -1 ? text : text.slice(0, label),
    closing,
    stray: [],
    annexes: label === -1 ? [] : splitAnnexes(text.slice(label)).annexes,
    furniture: [...lines.slice(0, opening.start), ...lines.slice(footer)],
  };
}
