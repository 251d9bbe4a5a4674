/** remark plugin: checks a document's structure and numbering, and wraps every clause in a section whose Akoma Ntoso eId comes from the numbering. */
import type { BlockContent, DefinitionContent, Heading, Paragraph, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { formatChineseNumeral, parseChineseNumeral } from './chinese-numerals.ts';
import { ContentError } from './content/errors.ts';
import type { ClauseKind } from './types.ts';

/** A clause container: becomes <section id=eId class="clause" data-kind=kind>. */
export interface ClauseNode extends Parent {
  type: 'clause';
  kind: ClauseKind;
  eId: string;
  children: Array<BlockContent | DefinitionContent | ClauseNode>;
  data: { hName: 'section'; hProperties: { id: string; className: string[]; dataKind: ClauseKind } };
}

declare module 'mdast' {
  interface RootContentMap {
    clause: ClauseNode;
  }
  interface BlockContentMap {
    clause: ClauseNode;
  }
}

export interface RemarkStructureOptions {
  /** The title from the front matter; the preface's heading must equal it. */
  title: string;
  /** The document number from the front matter; the preface must carry it. */
  docNumber: string;
  /** Annex titles from the front matter, in order; each attachment's heading must equal its entry. */
  annexTitles: string[];
}

type Block = BlockContent | DefinitionContent;

const PART_NUMBER = /^([〇一二三四五六七八九十]+)、/;
const ITEM_NUMBER = /^（([〇一二三四五六七八九十]+)）/;
const ANNEX_LABEL = /^附件(\d*)：$/;
const ANNEX_REFERENCE = /^附件\d*：\S/;

/** Build-time remark plugin; see the module comment. */
export default function remarkStructure(options: RemarkStructureOptions) {
  return (tree: Root, file: VFile): void => {
    const path = file.path || '<document>';
    const ids = new Map<string, number | undefined>();

    const fail = (node: { position?: { start: { line: number } } | undefined } | undefined, reason: string, fix: string): never => {
      throw new ContentError(path, node?.position?.start.line, reason, fix);
    };

    const clause = (kind: ClauseKind, eId: string, children: ClauseNode['children'], at: RootContent | Block | undefined): ClauseNode => {
      const first = ids.get(eId);
      if (ids.has(eId)) {
        fail(at, `duplicate id "${eId}"${first === undefined ? '' : ` (first used at line ${first})`}`, 'each clause may appear once: remove or merge the repeated block, or renumber it');
      }
      ids.set(eId, at?.position?.start.line);
      const hasText = children.some((child) => child.type === 'clause' || toString(child).trim() !== '');
      if (!hasText) fail(at, `clause "${eId}" has no text`, 'add the clause text, or remove the empty block');
      return { type: 'clause', kind, eId, children, data: { hName: 'section', hProperties: { id: eId, className: ['clause'], dataKind: kind } } };
    };

    /** Moves a heading's leading number into <span class="num">, so the number is styled and read apart from the heading. */
    const splitNumber = (heading: Heading, pattern: RegExp): { value: number; printed: string } | undefined => {
      const first = heading.children[0];
      if (first?.type !== 'text') return undefined;
      const match = pattern.exec(first.value);
      const printed = match?.[0];
      const value = match?.[1] === undefined ? undefined : parseChineseNumeral(match[1]);
      if (printed === undefined || value === undefined) return undefined;
      first.value = first.value.slice(printed.length);
      const num: PhrasingContent = { type: 'emphasis', data: { hName: 'span', hProperties: { className: ['num'] } }, children: [{ type: 'text', value: printed }] };
      heading.children.unshift(num);
      return { value, printed };
    };

    /** Numbers must run 1, 2, 3 … without gaps or repeats; says which it is. */
    const checkSequence = (node: Heading, got: number, expected: number, format: (n: number) => string, where: string): void => {
      if (got === expected) return;
      const reason = got < expected ? `duplicate numbering: a second ${format(got)} ${where}` : `skipped numbering: ${format(got)} ${where} follows ${expected === 1 ? 'nothing' : format(expected - 1)}`;
      fail(node, reason, `number the blocks in order: this one should be ${format(expected)}`);
    };

    const directiveChildren = (node: ContainerDirective): Block[] => node.children;

    const buildPreface = (node: ContainerDirective): ClauseNode => {
      const heading = node.children.find((child): child is Heading => child.type === 'heading');
      if (!heading || heading.depth !== 1) fail(node, ':::preface has no "# title" heading', 'put the title as a level-1 heading (# …) inside :::preface');
      else {
        const text = toString(heading);
        if (text !== options.title) fail(heading, `the title "${text}" differs from the front matter title "${options.title}"`, 'make the heading and the front matter title the same');
      }
      if (!node.children.some((child) => child.type === 'paragraph' && toString(child) === options.docNumber)) {
        fail(node, `:::preface does not carry the document number ${options.docNumber}`, 'add the document number as a paragraph in :::preface, exactly as in the front matter');
      }
      return clause('preface', 'preface', directiveChildren(node), node);
    };

    const buildAttachment = (node: ContainerDirective, index: number): ClauseNode => {
      const attId = `att_${index}`;
      const [label, title, ...rest] = node.children;
      if (label?.type !== 'paragraph' || !ANNEX_LABEL.test(toString(label))) {
        return fail(label ?? node, 'an attachment must open with its label, e.g. 附件：', 'put the label 附件： (or 附件2： …) as the first paragraph of :::attachment');
      }
      label.data = { hProperties: { className: ['annex-label'] } };
      if (title?.type !== 'heading' || title.depth !== 1) {
        return fail(title ?? node, 'an attachment needs its title as "# …" after the label', 'add the attachment title as a level-1 heading right after 附件：');
      }
      const expectedTitle = options.annexTitles[index - 1];
      if (expectedTitle === undefined) fail(title, `attachment ${index} is not listed in the front matter`, 'add it to annexes: in the front matter');
      else if (toString(title) !== expectedTitle) fail(title, `the attachment title "${toString(title)}" differs from the front matter annex title "${expectedTitle}"`, 'make them the same');
      // Inside an attachment, headings sit one level below the page's h1 (the notice title).
      title.depth = 2;

      const children: ClauseNode['children'] = [label, title];
      const preamble: Block[] = [];
      let partIndex = 0;
      let part: { heading: Heading; id: string; lead: Block[]; items: ClauseNode[]; item?: { heading: Heading; body: Block[]; id: string } } | undefined;

      const closeItem = (): void => {
        if (!part?.item) return;
        const { heading, body, id } = part.item;
        if (body.length === 0) fail(heading, `clause "${id}" has no text`, 'add the item text as a paragraph under its heading');
        part.items.push(clause('point', id, [heading, ...body], heading));
        part.item = undefined;
      };
      const closePart = (): void => {
        if (!part) return;
        closeItem();
        const { heading, id, lead, items } = part;
        const body: ClauseNode['children'] = [heading];
        if (items.length > 0) {
          // A part with items: its leading paragraphs together are the intro (AKN <intro>).
          if (lead.length > 0) body.push(clause('intro', `${id}__intro`, lead, lead[0]));
        } else {
          lead.forEach((paragraph, i) => body.push(clause('para', `${id}__para_${i + 1}`, [paragraph], paragraph)));
        }
        if (lead.length === 0 && items.length === 0) fail(heading, `clause "${id}" has no text`, 'add the part text under its heading, or remove the heading');
        body.push(...items);
        children.push(clause('sec', id, body, heading));
        part = undefined;
      };

      for (const block of rest) {
        if (block.type === 'heading' && block.depth === 2) {
          closePart();
          partIndex += 1;
          const number = splitNumber(block, PART_NUMBER);
          if (!number) fail(block, `the part heading "${toString(block)}" does not start with a number such as 一、`, 'start the heading with its Chinese numeral and 、');
          else checkSequence(block, number.value, partIndex, (n) => `${formatChineseNumeral(n)}、`, 'in this attachment');
          block.depth = 3;
          part = { heading: block, id: `${attId}__sec_${partIndex}`, lead: [], items: [] };
        } else if (block.type === 'heading' && block.depth === 3) {
          if (!part) return fail(block, 'an item heading (### …) comes before any part heading (## 一、…)', 'put items inside a part');
          closeItem();
          const index = part.items.length + 1;
          const number = splitNumber(block, ITEM_NUMBER);
          const partNum = toString(part.heading).match(PART_NUMBER)?.[0] ?? '';
          if (!number) fail(block, `the item heading "${toString(block)}" does not start with a number such as （一）`, 'start the heading with its Chinese numeral in full-width brackets （）');
          else checkSequence(block, number.value, index, (n) => `（${formatChineseNumeral(n)}）`, `in part ${partNum}`);
          block.depth = 4;
          part.item = { heading: block, body: [], id: `${part.id}__point_${index}` };
        } else if (block.type === 'heading') {
          fail(block, `a level-${block.depth} heading is not part of the structure here`, 'use # for the attachment title, ## for parts (一、), ### for items （一）');
        } else if (part?.item) {
          part.item.body.push(block);
        } else if (part) {
          part.lead.push(block);
        } else {
          preamble.push(block);
        }
      }
      closePart();
      if (preamble.length > 0) children.splice(2, 0, clause('preamble', `${attId}__preamble`, preamble, preamble[0]));
      return clause('att', attId, children, node);
    };

    const ORDER = ['preface', 'preamble', 'body', 'conclusions', 'attachment'] as const;
    let stage = -1;
    const enter = (node: RootContent, name: (typeof ORDER)[number]): void => {
      const at = ORDER.indexOf(name);
      if (at < stage) fail(node, `${name === 'body' ? 'body text' : `:::${name}`} comes after ${ORDER[stage] === 'body' ? 'body text' : `:::${ORDER[stage]}`}`, 'keep the order preface, preamble, body, conclusions, attachments');
      stage = at;
    };

    const out: RootContent[] = [];
    let paraIndex = 0;
    let attIndex = 0;
    for (const node of tree.children) {
      if (node.type === 'containerDirective') {
        switch (node.name) {
          case 'preface':
            enter(node, 'preface');
            out.push(buildPreface(node));
            break;
          case 'preamble':
            enter(node, 'preamble');
            out.push(clause('preamble', 'preamble', directiveChildren(node), node));
            break;
          case 'conclusions':
            enter(node, 'conclusions');
            out.push(clause('conclusions', 'conclusions', directiveChildren(node), node));
            break;
          case 'attachment':
            enter(node, 'attachment');
            attIndex += 1;
            out.push(buildAttachment(node, attIndex));
            break;
          default:
            fail(node, `unknown block :::${node.name}`, 'use :::preface, :::preamble, :::conclusions or :::attachment');
        }
      } else if (node.type === 'paragraph') {
        enter(node, 'body');
        if (ANNEX_REFERENCE.test(toString(node))) {
          // The notice's 附件：… line names the annex; it is part of the body, not a clause of its own.
          const reference: Paragraph = { ...node, data: { hProperties: { className: ['annex-ref'] } } };
          out.push(reference);
        } else {
          paraIndex += 1;
          out.push(clause('para', `para_${paraIndex}`, [node], node));
        }
      } else if (node.type === 'heading') {
        fail(node, 'a heading outside :::preface or :::attachment', 'put the title inside :::preface, and parts and items inside :::attachment');
      } else if (node.type === 'definition') {
        out.push(node);
      } else {
        fail(node, `a ${node.type} block in the notice body is not supported`, 'write the body as plain paragraphs');
      }
    }
    if (!ids.has('preface')) throw new ContentError(path, 1, 'the document has no :::preface', 'open the body with :::preface holding the document number and the title');
    if (attIndex !== options.annexTitles.length) {
      throw new ContentError(path, undefined, `the front matter lists ${options.annexTitles.length} annexes but the body has ${attIndex}`, 'list each :::attachment in annexes: and nothing else');
    }
    tree.children = out;
  };
}
