/**
 * remark plugin: checks a document's structure and numbering against the front matter, and wraps
 * every clause in a clause node whose Akoma Ntoso eId comes from the numbering. The front matter
 * arrives on the file (file.data.structure), so one frozen processor serves every document.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { fail } from '../../content/messages.ts';
import { buildAttachment } from './attachment.ts';
import { clause, createStructure, type Structure } from './clause.ts';
import { buildPlainContainer, buildPreface } from './containers.ts';
import { messages } from './messages.ts';
import { createBody } from './body.ts';
import type { StructureFacts } from './types.ts';

export type { ClauseFacts, ClauseNode, ClausePart, StructureFacts, TableFigure } from './types.ts';

declare module 'vfile' {
  interface DataMap {
    /** The front matter facts the body must agree with; set by whoever runs the pipeline. */
    structure: StructureFacts;
  }
}

const ANNEX_REFERENCE = /^附件\d*：\S/;
/** Further lines of a list of annexes (附件：1．… then 2．…). */
const ANNEX_LIST_LINE = /^\d+[．.]\S/;
const ORDER = ['preface', 'preamble', 'body', 'conclusions', 'attachment'] as const;
type Stage = (typeof ORDER)[number];
const stageName = (stage: Stage): string => (stage === 'body' ? 'body text' : `:::${stage}`);

/** remark-rehype drops raw HTML and unknown blocks without a trace, so text written that way would vanish. */
function rejectUnsupported(tree: Root, file: VFile): void {
  visit(tree, (node) => {
    if (node.type === 'html') fail(file, messages.rawHtml(node.value), node);
    if (node.type === 'leafDirective') fail(file, messages.unknownLeafDirective(node.name), node);
  });
}

/** What the top level has read so far: the order of blocks, the notice body's paragraphs and annexes. */
interface TopLevel {
  structure: Structure;
  out: RootContent[];
  stage: number;
  paragraphs: number;
  annexes: number;
  lastReference: RootContent | undefined;
}

/** Blocks come in the order preface, preamble, body, conclusions, attachments. */
function enter(top: TopLevel, node: RootContent, name: Stage): void {
  const at = ORDER.indexOf(name);
  const current = ORDER[top.stage];
  if (at < top.stage && current)
    fail(top.structure.file, messages.blockOrder(stageName(name), stageName(current)), node);
  top.stage = at;
}

/** The notice body, which may have parts and items (sec_N …) or 章/条 of its own; its loose paragraphs are para_N. */
function noticeBody(top: TopLevel): ReturnType<typeof createBody> {
  const { structure } = top;
  return createBody(structure, {
    prefix: '',
    titleDepth: 1,
    where: 'in the notice body',
    before: (block) => {
      if (block.type !== 'paragraph' && block.type !== 'tableFigure') {
        fail(structure.file, messages.unsupportedBodyBlock(block.type), block);
      }
      top.paragraphs += 1;
      const id = `para_${top.paragraphs}`;
      top.out.push(clause(structure, { kind: 'para', id, ordinal: top.paragraphs, children: [block], at: block }));
    },
    emit: (part) => top.out.push(part),
    title: () => structure.title,
  });
}

function addContainer(top: TopLevel, node: ContainerDirective): void {
  const { structure, out } = top;
  const name = node.name;
  if (name === 'preface' || name === 'preamble' || name === 'conclusions' || name === 'attachment')
    enter(top, node, name);
  if (name === 'preface') out.push(buildPreface(structure, node));
  else if (name === 'preamble' || name === 'conclusions') out.push(buildPlainContainer(structure, node, name));
  else if (name === 'attachment') out.push(buildAttachment(structure, node, (top.annexes += 1)));
  else fail(structure.file, messages.unknownContainer(name), node);
}

/** The document's top level, in order: containers, body paragraphs, parts and items, annex references. */
function buildTopLevel(structure: Structure, nodes: readonly RootContent[]): { out: RootContent[]; annexes: number } {
  const top: TopLevel = { structure, out: [], stage: -1, paragraphs: 0, annexes: 0, lastReference: undefined };
  const body = noticeBody(top);
  for (const node of nodes) {
    if (node.type === 'containerDirective') {
      body.close();
      addContainer(top, node);
    } else if (node.type === 'paragraph' && isAnnexReference(node, top.out.at(-1) === top.lastReference)) {
      // The notice's 附件：… line names the annex: part of the body, not a clause (nor of the last part).
      enter(top, node, 'body');
      body.close();
      top.lastReference = annexReference(node);
      top.out.push(top.lastReference);
    } else if (node.type === 'heading' && node.depth === 1) {
      const reason = 'a title heading (# …) outside :::preface or :::attachment';
      const note = 'put the notice title inside :::preface, and an annex title at the top of its :::attachment';
      fail(structure.file, messages.misplacedHeading(reason, note), node);
    } else if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'table') {
      enter(top, node, 'body');
      body.add(node);
    } else if (node.type === 'definition') top.out.push(node);
    else fail(structure.file, messages.unsupportedBodyBlock(node.type), node);
  }
  body.close();
  return { out: top.out, annexes: top.annexes };
}

/** The notice's 附件：… line, and each further N．… line of its list of annexes (right after one). */
function isAnnexReference(node: Paragraph, followsReference: boolean): boolean {
  const text = toString(node);
  return ANNEX_REFERENCE.test(text) || (followsReference && ANNEX_LIST_LINE.test(text));
}

function annexReference(node: Paragraph): Paragraph {
  return { ...node, data: { hProperties: { className: ['annex-ref'] } } };
}

/** Build-time remark plugin; see the module comment. */
export default function remarkStructure() {
  return (tree: Root, file: VFile): void => {
    const facts = file.data.structure;
    if (!facts) throw new Error('remark-structure: file.data.structure is not set');
    const structure = createStructure(file, facts);
    rejectUnsupported(tree, file);
    const { out, annexes } = buildTopLevel(structure, tree.children);
    if (!structure.ids.has('preface')) {
      const note = 'open the body with :::preface holding the document number and the title';
      fail(file, messages.mismatch('no-preface', 'the document has no :::preface', note), 1);
    }
    if (annexes !== facts.annexTitles.length) {
      const reason = `the front matter lists ${facts.annexTitles.length} annexes but the body has ${annexes}`;
      fail(file, messages.mismatch('annex-count', reason, 'list each :::attachment in annexes: and nothing else'));
    }
    tree.children = out;
  };
}
