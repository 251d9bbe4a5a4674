/** The clause node the structure step adds to mdast, and the facts it carries to the hast tree. */
import type { BlockContent, DefinitionContent, Paragraph, Parent, Table } from 'mdast';
import type { ClauseKind } from '../../../shared/types.ts';

/** What the structure step knows of a clause, written once; rehype-clauses reads it from the hast node. */
export interface ClauseFacts {
  /** Akoma Ntoso eId, from the numbering. */
  id: string;
  kind: ClauseKind;
  /** The clause's number as a value (二、 → 2), or null where it has none (a preamble, an intro). */
  ordinal: number | null;
  /** Whether readers get copy buttons for it. */
  citable: boolean;
}

/**
 * A table with its caption: the paragraph before it (表1　…), or, where there is none, a copy of the
 * heading it sits under, read only by screen readers. Both are in the tree, so they are converted to
 * zh-Hant with the text.
 */
export interface TableFigure extends Parent {
  type: 'tableFigure';
  children: [Paragraph, Table];
  /** Whether the caption is a copy of a heading (not shown) rather than the document's own line. */
  hiddenCaption: boolean;
}

export type Block = BlockContent | DefinitionContent;

export interface ClauseNode extends Parent {
  type: 'clause';
  facts: ClauseFacts;
  children: Array<Block | ClauseNode>;
}

/** The pieces of a clause that rehype-clauses looks for: its heading, its number, an annex label, and words it must skip. */
export type ClausePart = 'heading' | 'num' | 'label' | 'hidden';

/** What the structure step checks the body against: the front matter, in the canonical script. */
export interface StructureFacts {
  title: string;
  /** Absent for a document without a number: its preface holds just the title. */
  docNumber?: string | undefined;
  annexTitles: readonly string[];
}

declare module 'mdast' {
  interface RootContentMap {
    clause: ClauseNode;
    tableFigure: TableFigure;
  }
  interface BlockContentMap {
    clause: ClauseNode;
    tableFigure: TableFigure;
  }
  interface Data {
    clausePart?: ClausePart;
  }
}
