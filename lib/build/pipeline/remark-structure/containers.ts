/** The ::: containers: their blocks are checked before they become clauses, and the preface is checked against the front matter. */
import type { Heading } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { fail } from '../../content/messages.ts';
import { clause, markPart, type Structure } from './clause.ts';
import { messages } from './messages.ts';
import type { Block, ClauseNode } from './types.ts';

const CLOSING_LINE = /^\s*:{3,}\s*$/;

/**
 * A container's blocks, checked. A container whose closing ::: is missing runs on over the next one
 * (or to the end of the file) and would swallow its clauses silently, so that fails, as does any
 * block the container does not hold.
 */
export function containerBlocks(
  structure: Structure,
  node: ContainerDirective,
  allowed: ReadonlyArray<Block['type']>,
  note: string,
): Block[] {
  const opened = node.position?.start.line;
  const end = node.position?.end.line;
  const nested = node.children.find((child) => child.type === 'containerDirective');
  const closed = end !== undefined && end !== opened && CLOSING_LINE.test(structure.lines[end - 1] ?? '');
  if (nested || !closed) {
    const swallowed = nested
      ? `: it runs on over :::${nested.name} at line ${nested.position?.start.line ?? '?'}`
      : ': it runs on to the end of the file';
    fail(structure.file, messages.unclosedContainer(node.name, opened, swallowed), node);
  }
  for (const child of node.children) {
    if (!allowed.includes(child.type)) {
      fail(structure.file, messages.unsupportedBlock(child.type, node.name, note), child);
    }
  }
  return node.children;
}

/** :::preface: the document number and the "# title", both as the front matter has them. */
export function buildPreface(structure: Structure, node: ContainerDirective): ClauseNode {
  const { file, facts } = structure;
  const children = containerBlocks(
    structure,
    node,
    ['paragraph', 'heading', 'definition'],
    'write :::preface as the document number and the "# title" heading, as plain paragraphs',
  );
  const heading = children.find((child): child is Heading => child.type === 'heading');
  if (!heading || heading.depth !== 1) {
    fail(
      file,
      messages.mismatch(
        'preface-title',
        ':::preface has no "# title" heading',
        'put the title as a level-1 heading (# …) inside :::preface',
      ),
      node,
    );
  }
  const text = toString(heading);
  if (text !== facts.title) {
    const reason = `the title "${text}" differs from the front matter title "${facts.title}"`;
    fail(
      file,
      messages.mismatch('preface-title', reason, 'make the heading and the front matter title the same'),
      heading,
    );
  }
  structure.title = markPart(heading, 'heading');
  const docNumber = facts.docNumber;
  if (docNumber && !children.some((child) => child.type === 'paragraph' && toString(child) === docNumber)) {
    const reason = `:::preface does not carry the document number ${docNumber}`;
    const note = 'add the document number as a paragraph in :::preface, exactly as in the front matter';
    fail(file, messages.mismatch('preface-number', reason, note), node);
  }
  return clause(structure, { kind: 'preface', id: 'preface', children, at: node });
}

/** :::preamble (the addressees) and :::conclusions (issuer and date): plain paragraphs. */
export function buildPlainContainer(
  structure: Structure,
  node: ContainerDirective,
  kind: 'preamble' | 'conclusions',
): ClauseNode {
  const note =
    kind === 'preamble'
      ? 'write the addressees as plain paragraphs'
      : 'write the issuer and the date as plain paragraphs';
  const children = containerBlocks(structure, node, ['paragraph', 'definition'], note);
  return clause(structure, { kind, id: kind, children, at: node });
}
