/**
 * Parts (## 一、) and their items (### （一）), in the notice body or in an attachment. A part with
 * items has its leading paragraphs as one intro (AKN <intro>); a part without has numbered paragraphs.
 */
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { fail } from '../../content/messages.ts';
import { clause, markPart, type Structure } from './clause.ts';
import { messages } from './messages.ts';
import { checkSequence, ITEM_NUMBERING, PART_NUMBERING, takeNumber } from './numbering.ts';
import type { Block, ClauseNode } from './types.ts';

export interface PartsOptions {
  /** The eId prefix of the enclosing block: '' in the notice body, att_N__ in an attachment. */
  prefix: string;
  /** The levels the headings render at: an attachment's sit one level below the notice's. */
  depths: { part: Heading['depth']; item: Heading['depth'] };
  /** Where the parts are, for numbering messages ("in this attachment"). */
  where: string;
  /** Receives the blocks before the first part. */
  before: (block: Block) => void;
  /** Receives each part once it is complete. */
  emit: (part: ClauseNode) => void;
}

interface OpenItem {
  heading: Heading;
  id: string;
  ordinal: number;
  body: Block[];
}

interface OpenPart {
  heading: Heading;
  id: string;
  ordinal: number;
  lead: Block[];
  items: ClauseNode[];
  item: OpenItem | undefined;
}

function closeItem(structure: Structure, part: OpenPart): void {
  const { item } = part;
  if (!item) return;
  const { heading, body, id, ordinal } = item;
  if (body.length === 0) {
    fail(structure.file, messages.emptyClause(id, 'add the item text as a paragraph under its heading'), heading);
  }
  part.items.push(clause(structure, { kind: 'point', id, ordinal, children: [heading, ...body], at: heading }));
  part.item = undefined;
}

function closePart(structure: Structure, part: OpenPart): ClauseNode {
  closeItem(structure, part);
  const { heading, id, ordinal, lead, items } = part;
  const children: ClauseNode['children'] = [heading];
  if (items.length > 0) {
    if (lead.length > 0)
      children.push(clause(structure, { kind: 'intro', id: `${id}__intro`, children: lead, at: lead[0] }));
  } else {
    lead.forEach((paragraph, i) =>
      children.push(
        clause(structure, {
          kind: 'para',
          id: `${id}__para_${i + 1}`,
          ordinal: i + 1,
          children: [paragraph],
          at: paragraph,
        }),
      ),
    );
  }
  if (lead.length === 0 && items.length === 0) {
    fail(
      structure.file,
      messages.emptyClause(id, 'add the part text under its heading, or remove the heading'),
      heading,
    );
  }
  children.push(...items);
  return clause(structure, { kind: 'sec', id, ordinal, children, at: heading });
}

function openPart(structure: Structure, heading: Heading, ordinal: number, options: PartsOptions): OpenPart {
  const number = takeNumber(heading, PART_NUMBERING);
  if (number === undefined) {
    const note = 'start the heading with its Chinese numeral and 、';
    fail(structure.file, messages.unnumberedHeading('part', toString(heading), '一、', note), heading);
  }
  checkSequence(structure, heading, { got: number, expected: ordinal, where: options.where }, PART_NUMBERING);
  heading.depth = options.depths.part;
  markPart(heading, 'heading');
  return { heading, id: `${options.prefix}sec_${ordinal}`, ordinal, lead: [], items: [], item: undefined };
}

function openItem(structure: Structure, heading: Heading, part: OpenPart | undefined, options: PartsOptions): OpenItem {
  if (!part) {
    const reason = 'an item heading (### …) comes before any part heading (## 一、…)';
    fail(structure.file, messages.misplacedHeading(reason, 'put items inside a part'), heading);
  }
  closeItem(structure, part);
  const ordinal = part.items.length + 1;
  const number = takeNumber(heading, ITEM_NUMBERING);
  if (number === undefined) {
    const note = 'start the heading with its Chinese numeral in full-width brackets （）';
    fail(structure.file, messages.unnumberedHeading('item', toString(heading), '（一）', note), heading);
  }
  const where = `in part ${PART_NUMBERING.format(part.ordinal)}`;
  checkSequence(structure, heading, { got: number, expected: ordinal, where }, ITEM_NUMBERING);
  heading.depth = options.depths.item;
  markPart(heading, 'heading');
  return { heading, id: `${part.id}__point_${ordinal}`, ordinal, body: [] };
}

/** Collects parts and items from a run of blocks; call `close` after the last one. */
export function createParts(
  structure: Structure,
  options: PartsOptions,
): { add: (block: Block) => void; close: () => void } {
  let part: OpenPart | undefined;
  let parts = 0;
  const close = (): void => {
    if (part) options.emit(closePart(structure, part));
    part = undefined;
  };
  const add = (block: Block): void => {
    if (block.type === 'heading' && block.depth === 2) {
      close();
      parts += 1;
      part = openPart(structure, block, parts, options);
    } else if (block.type === 'heading' && block.depth === 3) {
      const item = openItem(structure, block, part, options);
      if (part) part.item = item;
    } else if (block.type === 'heading') {
      const reason = `a level-${block.depth} heading is not part of the structure here`;
      const note =
        'use ## for parts (一、) and ### for items （一）; the title (#) belongs in :::preface or at the top of :::attachment';
      fail(structure.file, messages.misplacedHeading(reason, note), block);
    } else if (part?.item) part.item.body.push(block);
    else if (part) part.lead.push(block);
    else options.before(block);
  };
  return { add, close };
}
