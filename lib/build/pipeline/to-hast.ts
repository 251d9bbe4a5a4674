/**
 * remark-rehype handlers that carry the structure step's facts onto the hast tree: a clause node
 * becomes <section id class="clause" data-kind [data-citable]> with its facts on `data.clause`, and
 * the heading, number and annex label keep their `clausePart` mark, so rehype-clauses reads data,
 * never class names.
 */
import type { Element } from 'hast';
import { defaultHandlers, type Handler, type Handlers } from 'mdast-util-to-hast';
import type { ClauseFacts, ClauseNode, ClausePart } from './remark-structure/index.ts';

declare module 'hast' {
  interface Data {
    clause?: ClauseFacts;
    clausePart?: ClausePart;
  }
}

/** Wraps a default handler so the element it makes keeps the mdast node's clausePart. */
function keepingPart(handler: Handler): Handler {
  return (state, node, parent) => {
    const result = handler(state, node, parent);
    const part: unknown = node.data?.clausePart;
    if (
      result &&
      !Array.isArray(result) &&
      result.type === 'element' &&
      (part === 'heading' || part === 'num' || part === 'label')
    ) {
      result.data = { ...result.data, clausePart: part };
    }
    return result;
  };
}

function clause(state: Parameters<Handler>[0], node: ClauseNode): Element {
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

export const clauseHandlers: Handlers = {
  clause,
  heading: keepingPart(defaultHandlers.heading),
  paragraph: keepingPart(defaultHandlers.paragraph),
  emphasis: keepingPart(defaultHandlers.emphasis),
};
