/**
 * 落款: the issuing body (or, for a 令, the signer: 市长　王某某) above the 成文日期, and the 附注 a
 * notice may print under them (（此件公开发布）). The date is kept as written; the front matter gets it in ISO form.
 */
import { signedDate } from './dates.ts';
import type { Line } from './types.ts';

export interface Closing {
  /** Issuer or signer lines, then the date line, as :::conclusions writes them. */
  lines: Line[];
  /** The issuer or signer lines' text, in order. */
  signers: string[];
  dateSigned: string;
  /** Index of the first line of the 落款, and of its last (the date, or the 附注 under it). */
  first: number;
  last: number;
}

/** At most this many issuers sign one document together, one per line. */
const MAX_SIGNERS = 4;
const NOTE = /^（此件[^）]{1,20}）$/;
const NUMBERED =
  /^(?:\d|第[零一二三四五六七八九十百千]+[编章节条]|[零一二三四五六七八九十]+、|（[零一二三四五六七八九十]+）)/;

/** A line that can sign: a body's name or a title and name, short, with no sentence or list marks. */
const isSigner = (text: string): boolean =>
  text.length >= 2 && text.length <= 40 && !/[。，；：、？！“”《》（）\t]/.test(text) && !NUMBERED.test(text);

/** A signer line with its spacing as issued: one ideographic space between 市长 and 王某某. */
const spaced = (line: Line): Line => ({ line: line.line, text: line.text.replace(/[\s\u00a0\u3000]+/g, '\u3000') });

/** The first 落款 at or after `from`: a date line with signer lines right above it. */
export function findClosing(lines: readonly Line[], from: number): Closing | undefined {
  for (let at = Math.max(from, 1); at < lines.length; at += 1) {
    const date = lines[at];
    const dateSigned = date && signedDate(date.text);
    if (!date || !dateSigned) continue;
    let first = at;
    while (first > from && at - first < MAX_SIGNERS && isSigner(lines[first - 1]?.text ?? '')) first -= 1;
    if (first === at) continue;
    const signers = lines.slice(first, at).map(spaced);
    const note = lines[at + 1];
    const notes = note && NOTE.test(note.text) ? [note] : [];
    return {
      lines: [...signers, date, ...notes],
      signers: signers.map((line) => line.text),
      dateSigned,
      first,
      last: at + notes.length,
    };
  }
  return undefined;
}
