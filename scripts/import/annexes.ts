/**
 * 附件: the annexes printed after the 落款, each opened by its label (附件, 附件1, 附件2：…) and its
 * title; and the notice's own list of them (附件：1．… then 2．…), which links each to its annex.
 */
import { escapeText } from './markdown.ts';
import { ImportError, type Line, type Unplaced } from './types.ts';

export interface Annex {
  /** As the content format writes it: 附件： or 附件1：. */
  label: string;
  title: Line;
  body: Line[];
}

/** A label alone on its line (GB/T 9704 prints 附件1 without a colon; pages add one). */
const LABEL = /^附件[\s　]*(\d*)[\s　]*[：:]?$/;
/** A label with its title on the same line, as some pages print an annex: 附件1：第一批…名单. */
const LABEL_AND_TITLE = /^附件[\s　]*(\d+)[\s　]*[：:][\s　]*(\S.*)$/;
/** The gateway writes a list's 1． as 1. (normalise.ts only rewrites it at the start of a line). */
const REFERENCE = /^(附件\d*：)[\s　]*(?:(\d+)[．.][\s　]*)?(\S.*)$/;
const LIST_LINE = /^(\d+)．[\s　]*(\S.*)$/;

export const isAnnexLabel = (text: string): boolean => LABEL.test(text);

/** The label and, when printed on the same line, the title of an annex opening at `line`. */
function readLabel(line: Line): { label: string; title?: Line } | undefined {
  const both = LABEL_AND_TITLE.exec(line.text);
  if (both) return { label: `附件${both[1] ?? ''}：`, title: { line: line.line, text: both[2] ?? '' } };
  const alone = LABEL.exec(line.text);
  return alone ? { label: `附件${alone[1] ?? ''}：` } : undefined;
}

/** Splits the lines after the 落款 into annexes; lines before the first label are returned as stray. */
export function splitAnnexes(lines: readonly Line[]): { stray: Line[]; annexes: Annex[] } {
  const stray: Line[] = [];
  const annexes: Annex[] = [];
  for (let at = 0; at < lines.length; at += 1) {
    const line = lines[at];
    if (!line) break;
    const label = readLabel(line);
    const current = annexes.at(-1);
    if (!label) {
      (current ? current.body : stray).push(line);
      continue;
    }
    const title = label.title ?? lines[at + 1];
    if (!title || readLabel(title))
      throw new ImportError(`line ${line.line}: the annex label ${line.text} has no title after it`);
    if (!label.title) at += 1;
    annexes.push({ label: label.label, title, body: [] });
  }
  return { stray, annexes };
}

/** The notice's list of annexes: its first 附件：… line and the N．… lines right after it. */
export function splitReferences(body: readonly Line[]): { text: Line[]; references: Line[]; after: Line[] } {
  const first = body.findIndex((line) => REFERENCE.test(line.text));
  if (first === -1) return { text: [...body], references: [], after: [] };
  let end = first + 1;
  while (LIST_LINE.test(body[end]?.text ?? '')) end += 1;
  return { text: body.slice(0, first), references: body.slice(first, end), after: body.slice(end) };
}

/**
 * Each reference as a link to its annex (附件：[…](#att_1), 附件：1．[…](#att_1), 2．[…](#att_2)). A
 * reference to an annex the page does not print stays text, and is reported.
 */
export function writeReferences(
  references: readonly Line[],
  annexCount: number,
): { blocks: string[]; unplaced: Unplaced[] } {
  const unplaced: Unplaced[] = [];
  const blocks = references.map((line, index) => {
    const reference = REFERENCE.exec(line.text);
    const listed = reference ? undefined : LIST_LINE.exec(line.text);
    const prefix = reference?.[1] ?? '';
    const numeral = reference ? reference[2] : listed?.[1];
    const title = (reference ? reference[3] : listed?.[2]) ?? '';
    const target = numeral ? Number(numeral) : index + 1;
    const number = numeral ? `${numeral}．` : '';
    if (target > annexCount) {
      unplaced.push({ line: line.line, text: line.text, why: `names annex ${target}, which the page does not print` });
      return escapeText(line.text);
    }
    return `${prefix}${number}[${escapeText(title)}](#att_${target})`;
  });
  return { blocks, unplaced };
}
