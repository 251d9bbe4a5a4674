/**
 * The outline of a body (the notice's own, or an attachment's): a stack of open levels that each
 * heading or numbered paragraph opens, closing what it ends. Numbering and nesting are checked here,
 * as each level opens; shape.ts then turns the finished outline into clause nodes.
 */
import type { Heading, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { fail } from '../../content/messages.ts';
import { markPart, type Structure } from './clause.ts';
import { HEADING_LEVELS, LEVELS, type Level, type LevelName, type Style } from './levels.ts';
import { messages } from './messages.ts';
import { checkSequence, readNumber, splitNumber } from './numbering.ts';
import type { Block } from './types.ts';

export interface OutlineNode {
  level: Level;
  ordinal: number;
  /** The heading (an article's is made from its number); absent for 款, 项 and 目, whose number stays in their text. */
  heading?: Heading;
  /** Its own blocks, before any child. */
  blocks: Block[];
  children: OutlineNode[];
  /** Markdown depth of its heading (the rule: one below its parent's), or its parent's for levels without one. */
  depth: number;
  /** Rendered depth of its heading. */
  rendered: number;
  /** How many children of each level it has numbered. */
  counts: Map<LevelName, number>;
  /** Where it is, for messages: 第二章, 第五条第二款 … */
  where: string;
}

export interface Root {
  /** The top-level nodes, in order. */
  children: OutlineNode[];
  counts: Map<LevelName, number>;
  style: Style | undefined;
  /** Rendered depth of the body's title (h1 in the notice, h2 in an attachment). */
  rendered: number;
  /** Added to a heading's Markdown depth to render it: an attachment's sit one level lower. */
  shift: number;
  where: string;
}

export interface Outline {
  structure: Structure;
  root: Root;
  stack: OutlineNode[];
  /** Receives the blocks that come before any numbered level. */
  before: (block: Block) => void;
}

const top = (outline: Outline): OutlineNode | undefined => outline.stack.at(-1);
const inside = (outline: Outline, name: LevelName): OutlineNode | undefined =>
  outline.stack.findLast((node) => node.level.name === name);

/** Fixes the root's numbering system at its first numbered level: a body uses 一、 parts or 第…条, not both. */
function checkStyle(outline: Outline, level: Level, block: Heading | Paragraph): void {
  if (level.style === 'both') return;
  const { root } = outline;
  root.style ??= level.style;
  if (root.style === level.style) return;
  const numbering = root.style === 'notice' ? '一、 parts' : '第…条 articles';
  const reason = `a ${level.noun} ${level.format(1).replace('一', '…')} in a body numbered with ${numbering} ${root.where}`;
  fail(outline.structure.file, messages.mixedNumbering(reason), block);
}

/** Closes levels until the top of the stack may hold `level`; fails when nothing open may. */
function parentFor(outline: Outline, level: Level, block: Heading | Paragraph): OutlineNode | undefined {
  while (outline.stack.length > 0) {
    const open = top(outline);
    if (open && level.parents.includes(open.level.name)) return open;
    outline.stack.pop();
  }
  if (level.parents.includes('root')) return undefined;
  const parents = level.parents.map((name) => (name === 'root' ? 'body' : LEVELS[name].noun)).join(' or ');
  fail(outline.structure.file, messages.misplacedLevel(level.noun, toString(block), parents), block);
}

/** Checks the number against the count of its scope (the parent, or the whole body for articles). */
function numberAgainst(
  outline: Outline,
  level: Level,
  parent: OutlineNode | undefined,
  block: Heading | Paragraph,
  got: number,
): void {
  const scope = level.scope === 'root' || !parent ? outline.root : parent;
  const expected = (scope.counts.get(level.name) ?? 0) + 1;
  const where = level.scope === 'root' || !parent ? outline.root.where : `in ${parent.where}`;
  if (level.name === 'article' && got === 1 && expected > 1 && parent) {
    fail(outline.structure.file, messages.articleRestart(parent.where, level.format(expected)), block);
  }
  checkSequence(outline.structure, block, { got, expected, where }, level);
  scope.counts.set(level.name, expected);
}

const DEPTHS = [1, 2, 3, 4, 5, 6] as const;

/** A rendered heading level, capped at h6. */
export function headingDepth(level: number): Heading['depth'] {
  return DEPTHS[Math.min(Math.max(level, 1), 6) - 1] ?? 6;
}

/** How messages name a place: part 二、, item （三）, 第二章, 第五条第二款. */
function placeName(level: Level, got: number, parent: OutlineNode | undefined): string {
  if (level.name === 'part' || level.name === 'item') return `${level.name} ${level.format(got)}`;
  return level.name === 'paragraph' && parent ? `${parent.where}${level.format(got)}` : level.format(got);
}

/** Opens a numbered level at `block` (its heading or first paragraph), below the right parent. */
export function openLevel(outline: Outline, level: Level, block: Heading | Paragraph, got: number): OutlineNode {
  checkStyle(outline, level, block);
  const parent = parentFor(outline, level, block);
  numberAgainst(outline, level, parent, block, got);
  const parentDepth = parent?.depth ?? 1;
  if (block.type === 'heading' && block.depth !== parentDepth + 1) {
    const reason = `the ${level.format(got)} heading is at level ${block.depth}; it belongs one level below ${parent ? parent.where : 'the title'}, at level ${parentDepth + 1} (${'#'.repeat(parentDepth + 1)} …)`;
    fail(
      outline.structure.file,
      messages.misplacedHeading(reason, `write it as ${'#'.repeat(parentDepth + 1)} ${toString(block)}`),
      block,
    );
  }
  const depth = block.type === 'heading' ? block.depth : parentDepth;
  const rendered =
    block.type === 'heading' ? block.depth + outline.root.shift : (parent?.rendered ?? outline.root.rendered) + 1;
  const node: OutlineNode = {
    level,
    ordinal: got,
    blocks: [],
    children: [],
    depth,
    rendered,
    counts: new Map(),
    where: placeName(level, got, parent),
  };
  (parent ? parent.children : outline.root.children).push(node);
  outline.stack.push(node);
  return node;
}

/** A heading: the level its number says, with the number split off into its own node. */
export function addHeading(outline: Outline, heading: Heading): void {
  const level = HEADING_LEVELS.find((candidate) => readNumber(heading, candidate));
  const number = level && readNumber(heading, level);
  if (!level || !number) {
    fail(outline.structure.file, messages.unnumberedHeading(toString(heading)), heading);
  }
  const node = openLevel(outline, level, heading, number.value);
  heading.children.unshift(splitNumber(heading, number.printed));
  heading.depth = headingDepth(node.rendered);
  node.heading = markPart(heading, 'heading');
}

/** Appends a block to the innermost open level, or hands it to `before` when none is open. */
export function appendBlock(outline: Outline, block: Block): void {
  const open = top(outline);
  if (open) open.blocks.push(block);
  else outline.before(block);
}

export { inside };
