/** A body (the notice's own, or an attachment's) as it is read block by block, and emitted as clauses. */
import type { Heading, Paragraph } from 'mdast';
import { addHeading, appendBlock, type Outline } from './outline.ts';
import { addParagraph } from './paragraphs.ts';
import { shape } from './shape.ts';
import { isCaption, tableFigure } from './tables.ts';
import type { Structure } from './clause.ts';
import type { Block, ClauseNode } from './types.ts';

export interface BodyOptions {
  /** The eId prefix of the body: '' for the notice, att_N__ in an attachment. */
  prefix: string;
  /** Rendered depth of the body's title: 1 in the notice, 2 in an attachment; headings below it shift to match. */
  titleDepth: 1 | 2;
  /** Where the body is, for messages ("in the notice body"). */
  where: string;
  /** Receives the blocks before the first numbered level. */
  before: (block: Block) => void;
  /** Receives each top-level clause when the body is closed. */
  emit: (clause: ClauseNode) => void;
  /** The body's title (the notice's or the annex's), which labels a table that has no caption of its own. */
  title: () => Heading | undefined;
}

/** The heading a block sits under: the innermost open level's, else the body's title. */
function currentHeading(outline: Outline, options: BodyOptions): Heading | undefined {
  return outline.stack.findLast((node) => node.heading)?.heading ?? options.title();
}

/** Collects a body's blocks; `close` emits what is open (the notice body is closed at each 附件 line and at its end). */
export function createBody(
  structure: Structure,
  options: BodyOptions,
): { add: (block: Block) => void; close: () => void } {
  const outline: Outline = {
    structure,
    root: {
      children: [],
      counts: new Map(),
      style: undefined,
      rendered: options.titleDepth,
      shift: options.titleDepth - 1,
      where: options.where,
    },
    stack: [],
    before: options.before,
  };
  const place = (block: Block): void => {
    if (block.type === 'heading') addHeading(outline, block);
    else if (block.type === 'paragraph') addParagraph(outline, block);
    else appendBlock(outline, block);
  };
  // A caption line waits for the next block: before a table it becomes its caption, else it is text.
  let caption: Paragraph | undefined;
  const add = (block: Block): void => {
    const held = caption;
    caption = undefined;
    if (block.type === 'table') return place(tableFigure(block, held, currentHeading(outline, options)));
    if (held) place(held);
    if (isCaption(block)) caption = block;
    else place(block);
  };
  const close = (): void => {
    if (caption) place(caption);
    caption = undefined;
    for (const node of outline.root.children) options.emit(shape(structure, node, '', options.prefix));
    outline.root.children = [];
    outline.stack = [];
  };
  return { add, close };
}
