/** Every error the structure step reports: a rule id, what is wrong, and (as the note) how to fix it. */
import type { ContentProblem } from '../../content/messages.ts';

const problem = (ruleId: string, reason: string, note: string): ContentProblem => ({ ruleId, reason, note });

/** The container blocks of the format, in the order a document holds them. */
export const CONTAINERS = ':::preface, :::preamble, :::conclusions or :::attachment';

export const messages = {
  duplicateId: (id: string, firstLine: number | undefined) =>
    problem(
      'duplicate-id',
      `duplicate id "${id}"${firstLine === undefined ? '' : ` (first used at line ${firstLine})`}`,
      'each clause may appear once: remove or merge the repeated block, or renumber it',
    ),
  emptyClause: (id: string, note = 'add the clause text, or remove the empty block') =>
    problem('empty-clause', `clause "${id}" has no text`, note),
  duplicateNumber: (printed: string, where: string, expected: string) =>
    problem(
      'numbering',
      `duplicate numbering: a second ${printed} ${where}`,
      `number the blocks in order: this one should be ${expected}`,
    ),
  skippedNumber: (printed: string, where: string, previous: string, expected: string) =>
    problem(
      'numbering',
      `skipped numbering: ${printed} ${where} follows ${previous}`,
      `number the blocks in order: this one should be ${expected}`,
    ),
  unnumberedHeading: (level: string, text: string, example: string, note: string) =>
    problem(
      'unnumbered-heading',
      `the ${level} heading "${text}" does not start with a number such as ${example}`,
      note,
    ),
  misplacedHeading: (reason: string, note: string) => problem('misplaced-heading', reason, note),
  unclosedContainer: (name: string, opened: number | undefined, swallowed: string) =>
    problem(
      'unclosed-container',
      `\`:::${name}\` opened at line ${opened ?? '?'} is not closed${swallowed}`,
      'add a line with ::: after its text',
    ),
  unsupportedBlock: (type: string, container: string, note: string) =>
    problem('unsupported-block', `a ${type} block is not supported inside :::${container}`, note),
  unsupportedBodyBlock: (type: string) =>
    problem(
      'unsupported-block',
      `a ${type} block in the notice body is not supported`,
      'write the body as plain paragraphs',
    ),
  unknownContainer: (name: string) => problem('unknown-block', `unknown block :::${name}`, `use ${CONTAINERS}`),
  unknownLeafDirective: (name: string) =>
    problem('unknown-block', `unknown block ::${name}`, `blocks open with three colons: ${CONTAINERS}`),
  rawHtml: (value: string) =>
    problem(
      'raw-html',
      `raw HTML is not allowed in content; ${JSON.stringify(value)} would not appear on the page`,
      'write it as Markdown text; a literal < or & can be escaped as \\< or \\&',
    ),
  blockOrder: (block: string, after: string) =>
    problem(
      'block-order',
      `${block} comes after ${after}`,
      'keep the order preface, preamble, body, conclusions, attachments',
    ),
  mismatch: (ruleId: string, reason: string, note: string) => problem(ruleId, reason, note),
} as const;
