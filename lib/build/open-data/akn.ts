/**
 * Akoma Ntoso 3.0 (OASIS LegalDocML) of one document in one script: `doc` (or `act` for a body of 条)
 * with meta, preface (docNumber, docTitle), preamble, mainBody or body, conclusions (docDate) and each
 * annex as a document of its own in `attachments`. Every clause's eId is its id on the page.
 */
import type { LoadedDocument } from '../corpus/index.ts';
import type { ClauseKind, Script } from '../../shared/types.ts';
import { writtenDate } from './dates.ts';
import { AKN_NAMESPACE, aknMeta, annexName, documentName, type DocumentName, type Frbr } from './frbr.ts';
import { documentModel, inlineText, type Block, type ClauseNode, type Inline, type TopItem } from './model.ts';
import { el, serializeXml, type XmlElement, type XmlNode } from './xml.ts';

export class AknError extends Error {
  override name = 'AknError';
}

/** Elements whose content is text (AKN's inline type): written on one line, so no indentation enters the text. */
const TEXT_ELEMENTS: ReadonlySet<string> = new Set([
  'p',
  'num',
  'heading',
  'caption',
  'docTitle',
  'docNumber',
  'docDate',
  'ref',
]);

/** The AKN element of each kind of clause inside a body; the preface, preamble, conclusions and annexes have their own places. */
const HIERARCHY: Partial<Record<ClauseKind, string>> = {
  book: 'book',
  chp: 'chapter',
  section: 'section',
  sec: 'section',
  art: 'article',
  para: 'paragraph',
  point: 'point',
  subpoint: 'point',
};

function inlineXml(inlines: readonly Inline[]): XmlNode[] {
  return inlines.map((inline) =>
    inline.kind === 'text' ? inline.text : el('ref', { href: inline.href }, [inline.text]),
  );
}

/** Heading words without the space or 　 that sets them off from the number. */
function trimmed(inlines: readonly Inline[]): Inline[] {
  const out = inlines.map((inline) => ({ ...inline }));
  const first = out[0];
  if (first?.kind === 'text') first.text = first.text.trimStart();
  const last = out.at(-1);
  if (last?.kind === 'text') last.text = last.text.trimEnd();
  return out.filter((inline) => inline.text !== '');
}

function blockXml(block: Block): XmlElement {
  if (block.kind === 'p') return el('p', { class: block.className ?? undefined }, inlineXml(block.inlines));
  const caption = block.caption === null ? [] : [el('caption', {}, [block.caption])];
  const rows = block.rows.map((row) =>
    el(
      'tr',
      {},
      row.map((cell) => el(cell.header ? 'th' : 'td', {}, [el('p', {}, inlineXml(cell.inlines))])),
    ),
  );
  return el('table', {}, [...caption, ...rows]);
}

function numAndHeading(node: ClauseNode): XmlElement[] {
  const heading = node.heading === null ? [] : trimmed(node.heading);
  return [
    ...(node.num === '' ? [] : [el('num', {}, [node.num])]),
    ...(heading.length === 0 ? [] : [el('heading', {}, inlineXml(heading))]),
  ];
}

/** intro and wrapUp are the lead-in before a clause's nested clauses and the words after them. */
function nested(child: ClauseNode): XmlElement {
  const blocks = child.blocks.map(blockXml);
  if (child.clause.kind === 'intro') return el('intro', { eId: child.clause.id }, blocks);
  if (child.clause.kind === 'wrapup') return el('wrapUp', { eId: child.clause.id }, blocks);
  return hierarchy(child);
}

/** A numbered clause: its words in `content`, or its nested clauses after an intro (its own words, or its intro clause). */
function hierarchy(node: ClauseNode): XmlElement {
  const { id, kind } = node.clause;
  const name = HIERARCHY[kind];
  if (name === undefined) throw new AknError(`#${id}: a ${kind} cannot sit inside a body`);
  const head = numAndHeading(node);
  if (node.children.length === 0) return el(name, { eId: id }, [...head, el('content', {}, node.blocks.map(blockXml))]);
  const inner = node.children.map(nested);
  const ownIntro = node.blocks.length > 0 ? [el('intro', {}, node.blocks.map(blockXml))] : [];
  const all = [...ownIntro, ...inner];
  // The schema's order: at most one intro, first; at most one wrapUp, last.
  const misplaced = all.findIndex(
    (child, i) => (child.name === 'intro' && i !== 0) || (child.name === 'wrapUp' && i !== all.length - 1),
  );
  if (misplaced >= 0) throw new AknError(`#${id}: its ${all[misplaced]?.name} is not where AKN allows it`);
  return el(name, { eId: id }, [...head, ...all]);
}

/** Clauses and loose lines of a body in page order. An `act` body holds only hierarchies, so a loose line gets a named container. */
function bodyXml(items: readonly TopItem[], docType: 'act' | 'doc'): XmlElement {
  const children = items.map((item) => {
    if (item.kind === 'clause') return hierarchy(item.node);
    if (docType === 'doc') return blockXml(item.block);
    return el('hcontainer', { name: item.block.kind === 'p' ? (item.block.className ?? 'text') : 'table' }, [
      el('content', {}, [blockXml(item.block)]),
    ]);
  });
  if (children.length === 0) throw new AknError('a document needs a body');
  return el(docType === 'act' ? 'body' : 'mainBody', {}, children);
}

function paragraphText(block: Block): string | null {
  return block.kind === 'p' ? inlineText(block.inlines).trim() : null;
}

/** 版头: the 文号 (marked docNumber where it is the front matter's) and the title as docTitle. */
function prefaceXml(node: ClauseNode, docNumber: string | undefined): XmlElement {
  const lead = node.lead.map((block) => {
    const text = paragraphText(block);
    return text !== null && text === docNumber ? el('p', {}, [el('docNumber', {}, [text])]) : blockXml(block);
  });
  const title = node.heading === null ? [] : [el('p', {}, [el('docTitle', {}, inlineXml(trimmed(node.heading)))])];
  return el('preface', { eId: node.clause.id }, [...lead, ...title, ...node.blocks.map(blockXml)]);
}

/** 落款: the issuer, then the date line as docDate (the last line that reads as a date). */
function conclusionsXml(node: ClauseNode): XmlElement {
  const dated = node.blocks.findLastIndex((block) => writtenDate(paragraphText(block) ?? '') !== null);
  const blocks = node.blocks.map((block, i) => {
    const text = paragraphText(block) ?? '';
    const date = writtenDate(text);
    return i === dated && date !== null ? el('p', {}, [el('docDate', { date }, [text])]) : blockXml(block);
  });
  return el('conclusions', { eId: node.clause.id }, blocks);
}

/** The parts of a document, or of an annex, sorted into AKN's places. */
interface Parts {
  preface?: ClauseNode;
  preamble?: ClauseNode;
  body: TopItem[];
  conclusions?: ClauseNode;
  annexes: ClauseNode[];
}

function partsOf(items: readonly TopItem[]): Parts {
  const parts: Parts = { body: [], annexes: [] };
  for (const item of items) {
    const kind = item.kind === 'clause' ? item.node.clause.kind : null;
    if (item.kind === 'clause' && kind === 'preface') parts.preface = item.node;
    else if (item.kind === 'clause' && kind === 'preamble') parts.preamble = item.node;
    else if (item.kind === 'clause' && kind === 'conclusions') parts.conclusions = item.node;
    else if (item.kind === 'clause' && kind === 'att') parts.annexes.push(item.node);
    else parts.body.push(item);
  }
  return parts;
}

/** A body of 条 is published as an act (a 令's regulation, an annexed 办法); anything else as a doc. */
function holdsArticles(items: readonly TopItem[]): boolean {
  const has = (node: ClauseNode): boolean => node.clause.kind === 'art' || node.children.some(has);
  return items.some((item) => item.kind === 'clause' && item.node.clause.kind !== 'att' && has(item.node));
}

interface Context {
  frbr: Frbr;
  /** The issuer as the script writes it (TLCOrganization showAs). */
  issuer: string;
  docNumber: string | undefined;
  /** Annex names by number, from the simplified titles, so both scripts agree. */
  annexNames: readonly DocumentName[];
}

/**
 * An annex: its label as the attachment's num, its title as its own docTitle. An annex that is only
 * its opening text (a 名单 table) has no body of its own, which AKN requires: that text becomes the body.
 */
function attachmentXml(node: ClauseNode, ctx: Context): XmlElement {
  const parts = partsOf(node.children.map((child): TopItem => ({ kind: 'clause', node: child })));
  const docType = holdsArticles(parts.body) ? 'act' : 'doc';
  const name = ctx.annexNames[(node.clause.ordinal ?? 0) - 1] ?? { type: null, name: 'annex' };
  const title = node.heading === null ? [] : [el('p', {}, [el('docTitle', {}, inlineXml(trimmed(node.heading)))])];
  const preamble = parts.preamble;
  const openingOnly = parts.body.length === 0 && preamble !== undefined;
  const body = openingOnly
    ? el('mainBody', {}, [
        el('hcontainer', { name: 'preamble', eId: preamble.clause.id }, [
          el('content', {}, preamble.blocks.map(blockXml)),
        ]),
      ])
    : bodyXml(parts.body, docType);
  const document = el(docType, { name: name.name }, [
    aknMeta(ctx.frbr, node.clause.id, name, ctx.issuer),
    ...(title.length > 0 ? [el('preface', {}, title)] : []),
    ...(preamble && !openingOnly ? [el('preamble', { eId: preamble.clause.id }, preamble.blocks.map(blockXml))] : []),
    body,
  ]);
  return el('attachment', { eId: node.clause.id }, [...(node.num ? [el('num', {}, [node.num])] : []), document]);
}

function documentXml(items: readonly TopItem[], ctx: Context): XmlElement {
  const parts = partsOf(items);
  const { preface, preamble, conclusions, annexes } = parts;
  return el(ctx.frbr.docType, { name: ctx.frbr.name.name }, [
    aknMeta(ctx.frbr, 'main', ctx.frbr.name, ctx.issuer),
    ...(preface ? [prefaceXml(preface, ctx.docNumber)] : []),
    ...(preamble ? [el('preamble', { eId: preamble.clause.id }, preamble.blocks.map(blockXml))] : []),
    bodyXml(parts.body, ctx.frbr.docType),
    ...(conclusions ? [conclusionsXml(conclusions)] : []),
    ...(annexes.length > 0
      ? [
          el(
            'attachments',
            {},
            annexes.map((annex) => attachmentXml(annex, ctx)),
          ),
        ]
      : []),
  ]);
}

/** Every eId in the tree, in document order. */
function eIdsOf(node: XmlElement): string[] {
  const own = node.attrs.filter(([key]) => key === 'eId').map(([, value]) => value);
  return [...own, ...node.children.flatMap((child) => (typeof child === 'string' ? [] : eIdsOf(child)))];
}

/** The promise of the format: every clause is addressable by the id it has on the page, once. */
function checkEids(root: XmlElement, ids: readonly string[], where: string): void {
  const eIds = eIdsOf(root);
  const missing = ids.filter((id) => !eIds.includes(id));
  const twice = eIds.filter((id, i) => eIds.indexOf(id) !== i);
  if (missing.length > 0) throw new AknError(`${where}: clauses without an eId: ${missing.join(', ')}`);
  if (twice.length > 0) throw new AknError(`${where}: eIds used twice: ${twice.join(', ')}`);
}

/** The AKN XML of a document in one script. */
export function aknXml(doc: LoadedDocument, script: Script): string {
  const where = `${doc.id} (${script})`;
  const variant = doc.variants[script];
  const work = doc.variants['zh-hans'].meta;
  const items = documentModel(variant, where);
  const docType = holdsArticles(partsOf(items).body) ? 'act' : 'doc';
  const frbr: Frbr = { docId: doc.id, script, docType, name: documentName(work.type), work };
  const annexNames = work.annexes.map((annex) => annexName(annex.title));
  const ctx: Context = { frbr, issuer: variant.meta.issuer, docNumber: variant.meta.docNumber, annexNames };
  let root: XmlElement;
  try {
    root = el('akomaNtoso', { xmlns: AKN_NAMESPACE }, [documentXml(items, ctx)]);
  } catch (error) {
    if (error instanceof AknError) throw new AknError(`${where}: ${error.message}`);
    throw error;
  }
  checkEids(
    root,
    variant.clauses.map((clause) => clause.id),
    where,
  );
  return serializeXml(root, TEXT_ELEMENTS);
}
