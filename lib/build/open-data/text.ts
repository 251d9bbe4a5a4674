/**
 * The plain-text download: the document as the page reads, one paragraph a block with a blank line
 * between blocks. Headings keep their printed numbers; an item's heading and an article's number run
 * into the text that follows them, as issued (（一）加强…。严格贯彻…, 第五条　…).
 */
import type { LoadedDocument } from '../corpus/index.ts';
import type { ClauseKind, Script } from '../../shared/types.ts';
import { documentModel, inlineText, type Block, type ClauseNode } from './model.ts';

/** A paragraph's words; a table as its caption line, then one line a row, cells apart by tabs (as search keeps them). */
function blockText(block: Block): string {
  if (block.kind === 'p') return inlineText(block.inlines).trim();
  const rows = block.rows.map((row) => row.map((cell) => inlineText(cell.inlines).trim()).join('\t'));
  return [...(block.caption === null ? [] : [block.caption]), ...rows].join('\n');
}

/** Clauses whose number (or numbered heading) starts the line of the text after it, and what sets it off. */
const RUN_IN: Partial<Record<ClauseKind, string>> = { art: '　', point: '', subpoint: '' };

function nodeText(node: ClauseNode): string[] {
  const { kind } = node.clause;
  const lead = node.lead.map(blockText);
  const rest = [...node.blocks.map(blockText), ...node.children.flatMap(nodeText)];
  const heading = node.heading === null ? null : inlineText(node.heading).trim();
  // An annex's label and the title stand on lines of their own, as the preface's 文号 and title do.
  if (kind === 'att' || kind === 'preface') return [...lead, ...[node.num, heading ?? ''].filter(Boolean), ...rest];
  // The heading as printed after its number: 第一章 is set off by 　, 一、 carries its own punctuation.
  const label = node.heading === null ? node.num : `${node.num}${inlineText(node.heading)}`.trimEnd();
  if (label === '') return [...lead, ...rest];
  const runIn = RUN_IN[kind] ?? (node.heading === null ? '' : undefined);
  const [first, ...after] = rest;
  if (runIn === undefined || first === undefined) return [...lead, label, ...rest];
  return [...lead, `${label}${runIn}${first}`, ...after];
}

/** The plain text of a document in one script, ending with a newline. */
export function plainText(doc: LoadedDocument, script: Script): string {
  const items = documentModel(doc.variants[script], `${doc.id} (${script})`);
  const blocks = items.flatMap((item) => (item.kind === 'clause' ? nodeText(item.node) : [blockText(item.block)]));
  return `${blocks.filter((block) => block !== '').join('\n\n')}\n`;
}
