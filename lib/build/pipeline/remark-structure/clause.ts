/** Creating clause nodes: every clause gets a fresh id, must hold text, and records its facts once. */
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import type { ClauseKind } from '../../../shared/types.ts';
import { fail } from '../../content/messages.ts';
import { messages } from './messages.ts';
import type { Block, ClauseNode, StructureFacts } from './types.ts';

/** What one run of the structure step shares: the file (for messages), the front matter, the ids so far. */
export interface Structure {
  file: VFile;
  facts: StructureFacts;
  /** The source lines, to tell a container's own closing ::: from one that ran on. */
  lines: readonly string[];
  /** Each id used, with the line it was first used at. */
  ids: Map<string, number | undefined>;
  /** The notice's title heading, once the preface is read. */
  title: Heading | undefined;
}

export function createStructure(file: VFile, facts: StructureFacts): Structure {
  return { file, facts, lines: String(file.value).split('\n'), ids: new Map(), title: undefined };
}

/** Readers cite everything but the title block, the addressee line and the signature on their own. */
function isCitable(kind: ClauseKind, id: string): boolean {
  return kind !== 'preface' && kind !== 'conclusions' && id !== 'preamble';
}

export interface NewClause {
  kind: ClauseKind;
  id: string;
  ordinal?: number;
  children: ClauseNode['children'];
  /** Where errors about the clause point. */
  at: Node | undefined;
}

/** A clause node; fails on a repeated id or a clause without text. */
export function clause(structure: Structure, { kind, id, ordinal, children, at }: NewClause): ClauseNode {
  const line = at?.position?.start.line;
  if (structure.ids.has(id)) fail(structure.file, messages.duplicateId(id, structure.ids.get(id)), at);
  structure.ids.set(id, line);
  const hasText = children.some((child) => child.type === 'clause' || toString(child).trim() !== '');
  if (!hasText) fail(structure.file, messages.emptyClause(id), at);
  return { type: 'clause', facts: { id, kind, ordinal: ordinal ?? null, citable: isCitable(kind, id) }, children };
}

/** Marks a block as one of the pieces rehype-clauses reads (the heading, the number, an annex label). */
export function markPart<T extends Block>(block: T, part: 'heading' | 'label'): T {
  block.data = { ...block.data, clausePart: part };
  return block;
}
