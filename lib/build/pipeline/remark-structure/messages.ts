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
  unnumberedHeading: (text: string) =>
    problem(
      'unnumbered-heading',
      `the heading "${text}" does not start with a number such as 一、, （一）, 第一章 or 第一节`,
      'start the heading with its number in full-width characters: 一、 for a part, （一） for an item, 第一编/第一章/第一节 in a regulation',
    ),
  misplacedHeading: (reason: string, note: string) => problem('misplaced-heading', reason, note),
  misplacedLevel: (noun: string, text: string, parents: string) =>
    problem('misplaced-level', `the ${noun} "${text}" is not inside a ${parents}`, `put it inside a ${parents}`),
  mixedNumbering: (reason: string) =>
    problem(
      'mixed-numbering',
      reason,
      'a body is numbered either as a notice (一、 parts, （一） items) or as a regulation (第…章, 第…条): use one',
    ),
  articleRestart: (where: string, expected: string) =>
    problem(
      'numbering',
      `the article numbering restarts at 第一条 in ${where}`,
      `articles are numbered continuously through the document, across chapters: this one should be ${expected}`,
    ),
  insertedArticle: (printed: string) =>
    problem(
      'inserted-article',
      `${printed}: inserted articles (第…条之…) are not supported yet`,
      'number the articles 第一条, 第二条 … in order, or ask for inserted-article support',
    ),
  styledArticleNumber: (printed: string) =>
    problem(
      'article-number',
      `the article number ${printed} is not plain text at the start of its paragraph`,
      'write the number as plain text, e.g. 第五条　…, without bold or links',
    ),
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
