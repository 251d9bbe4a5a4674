/**
 * remark-rehype handlers that carry the structure step's facts onto the hast tree: a clause node
 * becomes <section id class="clause" data-kind [data-citable]> with its facts on `data.clause`, and
 * the heading, number and annex label keep their `clausePart` mark, so rehype-clauses reads data,
 * never class names.
 */
import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { defaultHandlers, type Handler, type Handlers, type State } from 'mdast-util-to-hast';
import type { ClauseFacts, ClauseNode, ClausePart, TableFigure } from './remark-structure/index.ts';

declare module 'hast' {
  interface Data {
    clause?: ClauseFacts;
    clausePart?: ClausePart;
  }
}

const CLAUSE_PARTS: readonly ClausePart[] = ['heading', 'num', 'label', 'hidden'];

/** Wraps a default handler so the element it makes keeps the mdast node's clausePart. */
function keepingPart(handler: Handler): Handler {
  return (state, node, parent) => {
    const result = handler(state, node, parent);
    const part = CLAUSE_PARTS.find((candidate) => candidate === node.data?.clausePart);
    if (part && result && !Array.isArray(result) && result.type === 'element') {
      result.data = { ...result.data, clausePart: part };
    }
    return result;
  };
}

function clause(state: State, node: ClauseNode): Element {
  const { id, kind, citable } = node.facts;
  const element: Element = {
    type: 'element',
    tagName: 'section',
    properties: { id, className: ['clause'], dataKind: kind, ...(citable ? { dataCitable: true } : {}) },
    data: { clause: node.facts },
    children: state.all(node),
  };
  state.patch(node, element);
  return element;
}

const isElement = (node: ElementContent | undefined): node is Element => node?.type === 'element';

/** Header cells name the column they head, for screen readers. */
function scopeHeaderCells(node: Element): void {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (child.tagName === 'th') child.properties.scope = 'col';
    else scopeHeaderCells(child);
  }
}

/**
 * A table in a box that scrolls sideways on its own (not the page), keyboard-reachable and named by its
 * caption: <div class="table-scroll" role="region" tabindex="0" aria-label><table><caption>….
 */
function tableFigure(state: State, node: TableFigure): Element {
  const [captionParagraph, table] = node.children;
  const rendered = state.one(table, node);
  if (!rendered || Array.isArray(rendered) || rendered.type !== 'element')
    throw new Error('to-hast: a table rendered as no element');
  const caption: Element = {
    type: 'element',
    tagName: 'caption',
    properties: node.hiddenCaption ? { className: ['sr-only'] } : {},
    data: node.hiddenCaption ? { clausePart: 'hidden' } : {},
    children: state.all(captionParagraph),
  };
  scopeHeaderCells(rendered);
  rendered.children.unshift(caption);
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: toString(caption) },
    children: [rendered],
  };
}

export const clauseHandlers: Handlers = {
  clause,
  tableFigure,
  heading: keepingPart(defaultHandlers.heading),
  paragraph: keepingPart(defaultHandlers.paragraph),
  emphasis: keepingPart(defaultHandlers.emphasis),
};
