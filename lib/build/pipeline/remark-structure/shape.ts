/**
 * Turns a finished outline into clause nodes with their eIds. A heading level (编、章、节、一、) holds
 * its lead text as one intro when it has children, else as numbered paragraphs; an article with one 款
 * holds it directly (art_N__point_M), with several each 款 is art_N__para_K; 项 and 目 hold their text.
 */
import type { Heading } from 'mdast';
import { fail } from '../../content/messages.ts';
import { clause, type Structure } from './clause.ts';
import { messages } from './messages.ts';
import type { OutlineNode } from './outline.ts';
import type { Block, ClauseNode } from './types.ts';

type Children = ClauseNode['children'];

/** The eId of a node: its element and number under its parent's id; articles count from the body's prefix. */
function idOf(node: OutlineNode, parentId: string, rootPrefix: string): string {
  const prefix = node.level.name === 'article' || parentId === '' ? rootPrefix : `${parentId}__`;
  return `${prefix}${node.level.eId}_${node.ordinal}`;
}

function emptyNote(node: OutlineNode): string {
  if (node.level.name === 'item') return 'add the item text as a paragraph under its heading';
  if (node.heading) return 'add the text under its heading, or remove the heading';
  return 'add the clause text, or remove the empty block';
}

/** Lead text: one intro before nested clauses, else numbered paragraphs. */
function lead(structure: Structure, blocks: Block[], id: string, nested: boolean): Children {
  if (nested)
    return blocks.length > 0
      ? [clause(structure, { kind: 'intro', id: `${id}__intro`, children: blocks, at: blocks[0] })]
      : [];
  return blocks.map((block, i) =>
    clause(structure, { kind: 'para', id: `${id}__para_${i + 1}`, ordinal: i + 1, children: [block], at: block }),
  );
}

/** A 款's content under `id` (the article's, or the 款's own): its text, and its 项 after an intro. */
function paragraphContent(structure: Structure, node: OutlineNode, id: string, rootPrefix: string): Children {
  if (node.children.length === 0) return node.blocks;
  return [
    ...lead(structure, node.blocks, id, true),
    ...node.children.map((child) => shape(structure, child, id, rootPrefix)),
  ];
}

function articleContent(structure: Structure, node: OutlineNode, id: string, rootPrefix: string): Children {
  const [only, ...more] = node.children;
  if (only && more.length === 0) return paragraphContent(structure, only, id, rootPrefix);
  return node.children.map((paragraph) => {
    const paraId = idOf(paragraph, id, rootPrefix);
    const children = paragraphContent(structure, paragraph, paraId, rootPrefix);
    return clause(structure, {
      kind: 'para',
      id: paraId,
      ordinal: paragraph.ordinal,
      children,
      at: paragraph.blocks[0],
    });
  });
}

function content(structure: Structure, node: OutlineNode, id: string, rootPrefix: string): Children {
  const children = (): Children => node.children.map((child) => shape(structure, child, id, rootPrefix));
  switch (node.level.name) {
    case 'article':
      return articleContent(structure, node, id, rootPrefix);
    case 'item':
    case 'point':
    case 'subpoint':
      return [...node.blocks, ...children()];
    default:
      return [...lead(structure, node.blocks, id, node.children.length > 0), ...children()];
  }
}

/** The clause node of an outline node (and of everything in it), below the clause `parentId` ('' at the top). */
export function shape(structure: Structure, node: OutlineNode, parentId: string, rootPrefix: string): ClauseNode {
  const id = idOf(node, parentId, rootPrefix);
  const heading: Heading[] = node.heading ? [node.heading] : [];
  const body = content(structure, node, id, rootPrefix);
  if (body.length === 0)
    fail(structure.file, messages.emptyClause(id, emptyNote(node)), node.heading ?? node.blocks[0]);
  const at = node.heading ?? node.blocks[0];
  return clause(structure, { kind: node.level.kind, id, ordinal: node.ordinal, children: [...heading, ...body], at });
}
