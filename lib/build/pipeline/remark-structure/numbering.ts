/** The numbers that open parts and items, and the check that they run 1, 2, 3 … in order. */
import type { Heading, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { formatChineseNumeral, parseChineseNumeral } from '../../../shared/chinese-numerals.ts';
import { fail } from '../../content/messages.ts';
import type { Structure } from './clause.ts';
import { messages } from './messages.ts';

/** How one level writes its numbers: the pattern that reads them and the form that prints them. */
export interface Numbering {
  pattern: RegExp;
  format: (value: number) => string;
}

export const PART_NUMBERING: Numbering = {
  pattern: /^([〇一二三四五六七八九十]+)、/,
  format: (value) => `${formatChineseNumeral(value)}、`,
};

export const ITEM_NUMBERING: Numbering = {
  pattern: /^（([〇一二三四五六七八九十]+)）/,
  format: (value) => `（${formatChineseNumeral(value)}）`,
};

/**
 * Moves a heading's leading number into a node of its own (<span class="num">), so it is styled apart
 * and rehype-clauses finds it; returns its value, or undefined when the heading has no such number.
 */
export function takeNumber(heading: Heading, numbering: Numbering): number | undefined {
  const first = heading.children[0];
  if (first?.type !== 'text') return undefined;
  const match = numbering.pattern.exec(first.value);
  const printed = match?.[0];
  const value = match?.[1] === undefined ? undefined : parseChineseNumeral(match[1]);
  if (printed === undefined || value === undefined) return undefined;
  first.value = first.value.slice(printed.length);
  const num: PhrasingContent = {
    type: 'emphasis',
    data: { hName: 'span', hProperties: { className: ['num'] }, clausePart: 'num' },
    children: [{ type: 'text', value: printed }],
  };
  heading.children.unshift(num);
  return value;
}

/** Fails unless `got` is the number expected next; says whether one was repeated or skipped. */
export function checkSequence(
  structure: Structure,
  heading: Heading,
  { got, expected, where }: { got: number; expected: number; where: string },
  numbering: Numbering,
): void {
  if (got === expected) return;
  const { format } = numbering;
  const problem =
    got < expected
      ? messages.duplicateNumber(format(got), where, format(expected))
      : messages.skippedNumber(format(got), where, expected === 1 ? 'nothing' : format(expected - 1), format(expected));
  fail(structure.file, problem, heading);
}

/** The heading as written, for messages. */
export const headingText = (heading: Heading): string => toString(heading);
