/** Tables and their captions: every table is read with a caption, so it is announced and labelled. */
import type { Heading, Paragraph, PhrasingContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Block, TableFigure } from './types.ts';

/** A caption line as documents print one above a table: 表1　…, 附表2：…, 表：… */
const CAPTION = /^(附表|表)[0-9一二三四五六七八九十]*[\s　：:]/;

export const isCaption = (block: Block): block is Paragraph =>
  block.type === 'paragraph' && CAPTION.test(toString(block));

/** A heading's words without its number node, so the copy carries no clause facts. */
function plainWords(children: readonly PhrasingContent[]): PhrasingContent[] {
  return structuredClone(children).flatMap((child) =>
    child.type === 'emphasis' && child.data?.clausePart === 'num' ? child.children : [child],
  );
}

/** The table with its caption line, or a hidden copy of the heading it sits under. */
export function tableFigure(table: Table, caption: Paragraph | undefined, heading: Heading | undefined): TableFigure {
  if (caption) return { type: 'tableFigure', children: [caption, table], hiddenCaption: false };
  const words = heading ? plainWords(heading.children) : [];
  const copy: Paragraph = { type: 'paragraph', children: words };
  return { type: 'tableFigure', children: [copy, table], hiddenCaption: true };
}
