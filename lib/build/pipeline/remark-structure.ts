/** remark plugin: checks a document's structure and numbering, and wraps every clause in a section whose Akoma Ntoso eId comes from the numbering. */
import type {
  BlockContent,
  DefinitionContent,
  Heading,
  Paragraph,
  Parent,
  PhrasingContent,
  Root,
  RootContent,
} from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { formatChineseNumeral, parseChineseNumeral } from '../../shared/chinese-numerals.ts';
import { ContentError } from '../content/errors.ts';
import type { ClauseKind } from '../../shared/types.ts';

/** A clause container: becomes <section id=eId class="clause" data-kind=kind>. */
export interface ClauseNode extends Parent {
  type: 'clause';
  kind: ClauseKind;
  eId: string;
  children: Array<BlockContent | DefinitionContent | ClauseNode>;
  data: { hName: 'section'; hProperties: { id: string; className: string[]; dataKind: ClauseKind; dataCitable?: true } };
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

/** Whether a clause gets copy buttons: not the title block, the addressee line or the signature. */
const isCitable = (kind: ClauseKind, eId: string): boolean =>
  kind !== 'preface' && kind !== 'conclusions' && eId !== 'preamble';

const PART_NUMBER = /^([〇一二三四五六七八九十]+)、/;
const ITEM_NUMBER = /^（([〇一二三四五六七八九十]+)）/;
const ANNEX_LABEL = /^附件(\d*)：$/;
const ANNEX_REFERENCE = /^附件\d*：\S/;

/** Build-time remark plugin; see the module comment. */
export default function remarkStructure(options: RemarkStructureOptions) {
  return (tree: Root, file: VFile): void => {
    const path = file.path || '<document>';
    const ids = new Map<string, number | undefined>();

    const fail = (
      node: { position?: { start: { line: number } } | undefined } | undefined,
      reason: string,
      fix: string,
    ): never => {
      throw new ContentError(path, node?.position?.start.line, reason, fix);
    };

    const clause = (
      kind: ClauseKind,
      eId: string,
      children: ClauseNode['children'],
      at: RootContent | Block | undefined,
    ): ClauseNode => {
      const first = ids.get(eId);
      if (ids.has(eId)) {
        fail(
          at,
          `duplicate id "${eId}"${first === undefined ? '' : ` (first used at line ${first})`}`,
          'each clause may appear once: remove or merge the repeated block, or renumber it',
        );
      }
      ids.set(eId, at?.position?.start.line);
      const hasText = children.some((child) => child.type === 'clause' || toString(child).trim() !== '');
      if (!hasText) fail(at, `clause "${eId}" has no text`, 'add the clause text, or remove the empty block');
      return {
        type: 'clause',
        kind,
        eId,
        children,
        data: {
          hName: 'section',
          hProperties: { id: eId, className: ['clause'], dataKind: kind, ...(isCitable(kind, eId) ? { dataCitable: true } : {}) },
        },
      };
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
      const num: PhrasingContent = {
        type: 'emphasis',
        data: { hName: 'span', hProperties: { className: ['num'] } },
        children: [{ type: 'text', value: printed }],
      };
      heading.children.unshift(num);
      return { value, printed };
    };

    /** Numbers must run 1, 2, 3 … without gaps or repeats; says which it is. */
    const checkSequence = (
      node: Heading,
      got: number,
      expected: number,
      format: (n: number) => string,
      where: string,
    ): void => {
      if (got === expected) return;
      const reason =
        got < expected
          ? `duplicate numbering: a second ${format(got)} ${where}`
          : `skipped numbering: ${format(got)} ${where} follows ${expected === 1 ? 'nothing' : format(expected - 1)}`;
      fail(node, reason, `number the blocks in order: this one should be ${format(expected)}`);
    };

    const lines = String(file.value).split('\n');

    /**
     * Checks a container's blocks before they become a clause. A container whose closing ::: is
     * missing runs on over the next container (or to the end of the file) and would swallow its
     * clauses silently, so a nested container or a container not ended by its own ::: line fails.
     */
    const containerBlocks = (node: ContainerDirective, allowed: ReadonlyArray<Block['type']>, fix: string): Block[] => {
      const opened = node.position?.start.line;
      const nested = node.children.find((child) => child.type === 'containerDirective');
      const endLine = node.position?.end.line;
      const closed = endLine !== undefined && endLine !== opened && /^\s*:{3,}\s*$/.test(lines[endLine - 1] ?? '');
      if (nested || !closed) {
        const swallowed = nested
          ? `: it runs on over :::${nested.name} at line ${nested.position?.start.line ?? '?'}`
          : ': it runs on to the end of the file';
        fail(
          node,
          `\`:::${node.name}\` opened at line ${opened ?? '?'} is not closed${swallowed}`,
          'add a line with ::: after its text',
        );
      }
      for (const child of node.children) {
        if (!allowed.includes(child.type))
          fail(child, `a ${child.type} block is not supported inside :::${node.name}`, fix);
      }
      return node.children;
    };

    const buildPreface = (node: ContainerDirective): ClauseNode => {
      const children = containerBlocks(
        node,
        ['paragraph', 'heading', 'definition'],
        'write :::preface as the document number and the "# title" heading, as plain paragraphs',
      );
      const heading = children.find((child): child is Heading => child.type === 'heading');
      if (!heading || heading.depth !== 1)
        fail(node, ':::preface has no "# title" heading', 'put the title as a level-1 heading (# …) inside :::preface');
      else {
        const text = toString(heading);
        if (text !== options.title)
          fail(
            heading,
            `the title "${text}" differs from the front matter title "${options.title}"`,
            'make the heading and the front matter title the same',
          );
      }
      if (!children.some((child) => child.type === 'paragraph' && toString(child) === options.docNumber)) {
        fail(
          node,
          `:::preface does not carry the document number ${options.docNumber}`,
          'add the document number as a paragraph in :::preface, exactly as in the front matter',
        );
      }
      return clause('preface', 'preface', children, node);
    };

    /**
     * Collects parts (## 一、) and their items (### （一）) from a run of blocks, in the notice body
     * or in an attachment. `depths` are the levels the headings render at (an attachment's sit one
     * level below the notice's); text before the first part goes to `before`, each finished part to `emit`.
     */
    const partsOf = (
      prefix: string,
      depths: { part: Heading['depth']; item: Heading['depth'] },
      where: string,
      before: (block: Block) => void,
      emit: (part: ClauseNode) => void,
    ) => {
      let partIndex = 0;
      let part:
        | {
            heading: Heading;
            id: string;
            lead: Block[];
            items: ClauseNode[];
            item?: { heading: Heading; body: Block[]; id: string };
          }
        | undefined;

      const closeItem = (): void => {
        if (!part?.item) return;
        const { heading, body, id } = part.item;
        if (body.length === 0)
          fail(heading, `clause "${id}" has no text`, 'add the item text as a paragraph under its heading');
        part.items.push(clause('point', id, [heading, ...body], heading));
        part.item = undefined;
      };
      const close = (): void => {
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
        if (lead.length === 0 && items.length === 0)
          fail(heading, `clause "${id}" has no text`, 'add the part text under its heading, or remove the heading');
        body.push(...items);
        emit(clause('sec', id, body, heading));
        part = undefined;
      };
      const add = (block: Block): void => {
        if (block.type === 'heading' && block.depth === 2) {
          close();
          partIndex += 1;
          const number = splitNumber(block, PART_NUMBER);
          if (!number)
            fail(
              block,
              `the part heading "${toString(block)}" does not start with a number such as 一、`,
              'start the heading with its Chinese numeral and 、',
            );
          else checkSequence(block, number.value, partIndex, (n) => `${formatChineseNumeral(n)}、`, where);
          block.depth = depths.part;
          part = { heading: block, id: `${prefix}sec_${partIndex}`, lead: [], items: [] };
        } else if (block.type === 'heading' && block.depth === 3) {
          if (!part)
            return fail(
              block,
              'an item heading (### …) comes before any part heading (## 一、…)',
              'put items inside a part',
            );
          closeItem();
          const index = part.items.length + 1;
          const number = splitNumber(block, ITEM_NUMBER);
          const partNum = toString(part.heading).match(PART_NUMBER)?.[0] ?? '';
          if (!number)
            fail(
              block,
              `the item heading "${toString(block)}" does not start with a number such as （一）`,
              'start the heading with its Chinese numeral in full-width brackets （）',
            );
          else checkSequence(block, number.value, index, (n) => `（${formatChineseNumeral(n)}）`, `in part ${partNum}`);
          block.depth = depths.item;
          part.item = { heading: block, body: [], id: `${part.id}__point_${index}` };
        } else if (block.type === 'heading') {
          fail(
            block,
            `a level-${block.depth} heading is not part of the structure here`,
            'use ## for parts (一、) and ### for items （一）; the title (#) belongs in :::preface or at the top of :::attachment',
          );
        } else if (part?.item) {
          part.item.body.push(block);
        } else if (part) {
          part.lead.push(block);
        } else {
          before(block);
        }
      };
      return { add, close };
    };

    const buildAttachment = (node: ContainerDirective, index: number): ClauseNode => {
      const attId = `att_${index}`;
      const [label, title, ...rest] = containerBlocks(
        node,
        ['paragraph', 'heading', 'definition'],
        'write the attachment as its label, its "# title", and paragraphs under ## parts and ### items',
      );
      const labelMatch = label?.type === 'paragraph' ? ANNEX_LABEL.exec(toString(label)) : null;
      if (label?.type !== 'paragraph' || !labelMatch) {
        return fail(
          label ?? node,
          'an attachment must open with its label, e.g. 附件：',
          'put the label 附件： (or 附件2： …) as the first paragraph of :::attachment',
        );
      }
      label.data = { hProperties: { className: ['annex-label'] } };
      if (title?.type !== 'heading' || title.depth !== 1) {
        return fail(
          title ?? node,
          'an attachment needs its title as "# …" after the label',
          'add the attachment title as a level-1 heading right after 附件：',
        );
      }
      const expectedTitle = options.annexTitles[index - 1];
      if (expectedTitle === undefined)
        fail(title, `attachment ${index} is not listed in the front matter`, 'add it to annexes: in the front matter');
      else if (toString(title) !== expectedTitle)
        fail(
          title,
          `the attachment title "${toString(title)}" differs from the front matter annex title "${expectedTitle}"`,
          'make them the same',
        );
      // The label's number is what readers cite (附件2), so it must be the annex's place: a lone
      // annex is 附件： (or 附件1：), several are numbered 附件1：, 附件2： … in order.
      const single = options.annexTitles.length === 1;
      const labelNumber = labelMatch[1] ?? '';
      if (single ? labelNumber !== '' && labelNumber !== '1' : labelNumber !== String(index)) {
        fail(
          label,
          `the label ${toString(label)} does not match the place of attachment ${index} of ${options.annexTitles.length}`,
          single ? 'label the only attachment 附件： (or 附件1：)' : `label this attachment 附件${index}：`,
        );
      }
      // Inside an attachment, headings sit one level below the page's h1 (the notice title).
      title.depth = 2;

      const children: ClauseNode['children'] = [label, title];
      const preamble: Block[] = [];
      const parts = partsOf(
        `${attId}__`,
        { part: 3, item: 4 },
        'in this attachment',
        (block) => preamble.push(block),
        (part) => children.push(part),
      );
      rest.forEach(parts.add);
      parts.close();
      if (preamble.length > 0) children.splice(2, 0, clause('preamble', `${attId}__preamble`, preamble, preamble[0]));
      return clause('att', attId, children, node);
    };

    const ORDER = ['preface', 'preamble', 'body', 'conclusions', 'attachment'] as const;
    let stage = -1;
    const enter = (node: RootContent, name: (typeof ORDER)[number]): void => {
      const at = ORDER.indexOf(name);
      if (at < stage)
        fail(
          node,
          `${name === 'body' ? 'body text' : `:::${name}`} comes after ${ORDER[stage] === 'body' ? 'body text' : `:::${ORDER[stage]}`}`,
          'keep the order preface, preamble, body, conclusions, attachments',
        );
      stage = at;
    };

    // remark-rehype drops raw HTML and unknown blocks without a trace, so text written that way
    // would vanish from the page while the build passes.
    visit(tree, (node) => {
      if (node.type === 'html') {
        fail(
          node,
          `raw HTML is not allowed in content; ${JSON.stringify(node.value)} would not appear on the page`,
          'write it as Markdown text; a literal < or & can be escaped as \\< or \\&',
        );
      } else if (node.type === 'leafDirective') {
        fail(
          node,
          `unknown block ::${node.name}`,
          'blocks open with three colons: :::preface, :::preamble, :::conclusions or :::attachment',
        );
      }
    });

    const out: RootContent[] = [];
    let paraIndex = 0;
    let attIndex = 0;
    // The notice's own body may have parts and items too (## 一、, ### （一）): sec_N, sec_N__point_M.
    const bodyParts = partsOf(
      '',
      { part: 2, item: 3 },
      'in the notice body',
      (block) => {
        if (block.type !== 'paragraph')
          return fail(
            block,
            `a ${block.type} block in the notice body is not supported`,
            'write the body as plain paragraphs',
          );
        paraIndex += 1;
        out.push(clause('para', `para_${paraIndex}`, [block], block));
      },
      (part) => out.push(part),
    );
    for (const node of tree.children) {
      if (node.type === 'containerDirective') {
        bodyParts.close();
        switch (node.name) {
          case 'preface':
            enter(node, 'preface');
            out.push(buildPreface(node));
            break;
          case 'preamble':
            enter(node, 'preamble');
            out.push(
              clause(
                'preamble',
                'preamble',
                containerBlocks(node, ['paragraph', 'definition'], 'write the addressees as plain paragraphs'),
                node,
              ),
            );
            break;
          case 'conclusions':
            enter(node, 'conclusions');
            out.push(
              clause(
                'conclusions',
                'conclusions',
                containerBlocks(node, ['paragraph', 'definition'], 'write the issuer and the date as plain paragraphs'),
                node,
              ),
            );
            break;
          case 'attachment':
            enter(node, 'attachment');
            attIndex += 1;
            out.push(buildAttachment(node, attIndex));
            break;
          default:
            fail(node, `unknown block :::${node.name}`, 'use :::preface, :::preamble, :::conclusions or :::attachment');
        }
      } else if (node.type === 'paragraph' && ANNEX_REFERENCE.test(toString(node))) {
        enter(node, 'body');
        // The notice's 附件：… line names the annex; it is part of the body, not a clause of its own
        // (nor of the last part before it).
        bodyParts.close();
        const reference: Paragraph = { ...node, data: { hProperties: { className: ['annex-ref'] } } };
        out.push(reference);
      } else if (node.type === 'heading' && node.depth === 1) {
        fail(
          node,
          'a title heading (# …) outside :::preface or :::attachment',
          'put the notice title inside :::preface, and an annex title at the top of its :::attachment',
        );
      } else if (node.type === 'paragraph' || node.type === 'heading') {
        enter(node, 'body');
        bodyParts.add(node);
      } else if (node.type === 'definition') {
        out.push(node);
      } else {
        fail(node, `a ${node.type} block in the notice body is not supported`, 'write the body as plain paragraphs');
      }
    }
    bodyParts.close();
    if (!ids.has('preface'))
      throw new ContentError(
        path,
        1,
        'the document has no :::preface',
        'open the body with :::preface holding the document number and the title',
      );
    if (attIndex !== options.annexTitles.length) {
      throw new ContentError(
        path,
        undefined,
        `the front matter lists ${options.annexTitles.length} annexes but the body has ${attIndex}`,
        'list each :::attachment in annexes: and nothing else',
      );
    }
    tree.children = out;
  };
}
