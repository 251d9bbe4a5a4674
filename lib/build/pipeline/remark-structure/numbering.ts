/** Reading a level's number off the start of a heading or paragraph, and checking that numbers run 1, 2, 3 … */
import type { Heading, Paragraph, PhrasingContent } from 'mdast';
import { parseChineseNumeral } from '../../../shared/chinese-numerals.ts';
import { fail } from '../../content/messages.ts';
import type { Structure } from './clause.ts';
import type { Level } from './levels.ts';
import { messages } from './messages.ts';

export interface ReadNumber {
  value: number;
  printed: string;
}

/** The level's number at the start of the node's first text, or undefined when it does not start with one. */
export function readNumber(node: Heading | Paragraph, level: Level): ReadNumber | undefined {
  const first = node.children[0];
  if (first?.type !== 'text') return undefined;
  const match = level.pattern.exec(first.value);
  const numeral = match?.[1];
  if (match === null || numeral === undefined) return undefined;
  const value = level.arabic ? Number(numeral) : parseChineseNumeral(numeral);
  return value === undefined || value < 1 ? undefined : { value, printed: match[0] };
}

/**
 * Moves the number from the start of the node's text into a node of its own (<span class="num">), so it
 * is styled apart and rehype-clauses finds it. `trim` also drops the space after it (第一条　…).
 */
export function splitNumber(node: Heading | Paragraph, printed: string, trim = false): PhrasingContent {
  const first = node.children[0];
  if (first?.type !== 'text') throw new Error('splitNumber: the node does not start with text');
  const rest = first.value.slice(printed.length);
  first.value = trim ? rest.replace(/^[\s　]+/, '') : rest;
  if (first.value === '') node.children.shift();
  const num: PhrasingContent = {
    type: 'emphasis',
    data: { hName: 'span', hProperties: { className: ['num'] }, clausePart: 'num' },
    children: [{ type: 'text', value: printed }],
  };
  return num;
}

/** Fails unless `got` is the number expected next; says whether one was repeated or skipped. */
export function checkSequence(
  structure: Structure,
  node: Heading | Paragraph,
  { got, expected, where }: { got: number; expected: number; where: string },
  level: Level,
): void {
  if (got === expected) return;
  const { format } = level;
  const problem =
    got < expected
      ? messages.duplicateNumber(format(got), where, format(expected))
      : messages.skippedNumber(format(got), where, expected === 1 ? 'nothing' : format(expected - 1), format(expected));
  fail(structure.file, problem, node);
}
