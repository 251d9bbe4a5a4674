/** :::attachment: the 附件 label, the annex title as the front matter lists it, then text, parts and items. */
import type { Heading, Paragraph } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { fail } from '../../content/messages.ts';
import { clause, markPart, type Structure } from './clause.ts';
import { containerBlocks } from './containers.ts';
import { messages } from './messages.ts';
import { createBody } from './body.ts';
import type { Block, ClauseNode } from './types.ts';

const ANNEX_LABEL = /^附件(\d*)：$/;

/**
 * The label's number is what readers cite (附件2), so it must be the annex's place: a lone annex is
 * 附件： (or 附件1：), several are numbered 附件1：, 附件2： … in order.
 */
function checkLabel(
  structure: Structure,
  label: Block | undefined,
  node: ContainerDirective,
  index: number,
): Paragraph {
  const match = label?.type === 'paragraph' ? ANNEX_LABEL.exec(toString(label)) : null;
  if (label?.type !== 'paragraph' || !match) {
    const note = 'put the label 附件： (or 附件2： …) as the first paragraph of :::attachment';
    fail(
      structure.file,
      messages.mismatch('annex-label', 'an attachment must open with its label, e.g. 附件：', note),
      label ?? node,
    );
  }
  const count = structure.facts.annexTitles.length;
  const number = match[1] ?? '';
  const single = count === 1;
  if (single ? number !== '' && number !== '1' : number !== String(index)) {
    const reason = `the label ${toString(label)} does not match the place of attachment ${index} of ${count}`;
    const note = single ? 'label the only attachment 附件： (or 附件1：)' : `label this attachment 附件${index}：`;
    fail(structure.file, messages.mismatch('annex-label', reason, note), label);
  }
  label.data = { ...label.data, hProperties: { className: ['annex-label'] } };
  return markPart(label, 'label');
}

/** The annex title: a "# …" heading right after the label, equal to the front matter's entry. */
function checkTitle(structure: Structure, title: Block | undefined, node: ContainerDirective, index: number): Heading {
  const { file, facts } = structure;
  if (title?.type !== 'heading' || title.depth !== 1) {
    const reason = 'an attachment needs its title as "# …" after the label';
    const note = 'add the attachment title as a level-1 heading right after 附件：';
    fail(file, messages.mismatch('annex-title', reason, note), title ?? node);
  }
  const expected = facts.annexTitles[index - 1];
  if (expected === undefined) {
    const reason = `attachment ${index} is not listed in the front matter`;
    fail(file, messages.mismatch('annex-title', reason, 'add it to annexes: in the front matter'), title);
  }
  if (toString(title) !== expected) {
    const reason = `the attachment title "${toString(title)}" differs from the front matter annex title "${expected}"`;
    fail(file, messages.mismatch('annex-title', reason, 'make them the same'), title);
  }
  // Inside an attachment, headings sit one level below the page's h1 (the notice title).
  title.depth = 2;
  return markPart(title, 'heading');
}

/** The attachment at `index` (1-based) as the clause att_N, with its preamble, parts and items. */
export function buildAttachment(structure: Structure, node: ContainerDirective, index: number): ClauseNode {
  const id = `att_${index}`;
  const note = 'write the attachment as its label, its "# title", and paragraphs, headings and tables';
  const [first, second, ...rest] = containerBlocks(
    structure,
    node,
    ['paragraph', 'heading', 'table', 'definition'],
    note,
  );
  const label = checkLabel(structure, first, node, index);
  const title = checkTitle(structure, second, node, index);
  const children: ClauseNode['children'] = [label, title];
  const preamble: Block[] = [];
  const parts = createBody(structure, {
    prefix: `${id}__`,
    titleDepth: 2,
    where: 'in this attachment',
    before: (block) => preamble.push(block),
    emit: (part) => children.push(part),
    title: () => title,
  });
  rest.forEach(parts.add);
  parts.close();
  if (preamble.length > 0) {
    const opening = clause(structure, { kind: 'preamble', id: `${id}__preamble`, children: preamble, at: preamble[0] });
    children.splice(2, 0, opening);
  }
  return clause(structure, { kind: 'att', id, ordinal: index, children, at: node });
}
