/** rehype plugin: puts a <wbr> between the words of every heading, so titles set with keep-all break only between words. */
import type { Element, ElementContent, Root, Text } from 'hast';
import './to-hast.ts';
import { phrases } from '../../shared/phrases.ts';

const HEADING = /^h[1-6]$/;

/** The heading's text nodes in order; `whole` marks those of a clause number (第五条 never breaks). */
function textNodes(node: Element, whole = false): Array<{ text: Text; whole: boolean }> {
  return node.children.flatMap((child) =>
    child.type === 'text'
      ? [{ text: child, whole }]
      : child.type === 'element'
        ? textNodes(child, whole || child.data?.clausePart === 'num')
        : [],
  );
}

/**
 * Segments the heading's whole text (words may span elements, as in <span class="num">（三）</span>壮大),
 * then splits each text node at the word boundaries that fall inside it or at its start.
 */
function addBreaks(heading: Element): void {
  const nodes = textNodes(heading);
  const breaks = new Set<number>();
  let offset = 0;
  for (const run of phrases(nodes.map(({ text }) => text.value).join(''))) {
    if (offset > 0) breaks.add(offset);
    offset += run.length;
  }
  const split = new Map<Text, ElementContent[]>();
  let start = 0;
  for (const { text: node, whole } of nodes) {
    const parts: ElementContent[] = [];
    let from = 0;
    for (let at = 0; at < node.value.length; at += 1) {
      if (!breaks.has(start + at) || (whole && at > 0)) continue;
      if (at > from) parts.push({ type: 'text', value: node.value.slice(from, at) });
      parts.push({ type: 'element', tagName: 'wbr', properties: {}, children: [] });
      from = at;
    }
    parts.push({ type: 'text', value: node.value.slice(from) });
    split.set(node, parts);
    start += node.value.length;
  }
  const replace = (element: Element): void => {
    element.children = element.children.flatMap((child) => {
      if (child.type === 'element') replace(child);
      return child.type === 'text' ? (split.get(child) ?? [child]) : [child];
    });
  };
  replace(heading);
}

/** Build-time rehype plugin; see the module comment. No options: the segmenter reads both scripts. */
export default function rehypePhraseBreaks() {
  return (tree: Root): void => {
    const visit = (node: Root | Element): void => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (HEADING.test(child.tagName)) addBreaks(child);
        else visit(child);
      }
    };
    visit(tree);
  };
}
