/**
 * rehype plugin: keeps published #ids working after a clause moved (its document's `moved:` front
 * matter). Each old id becomes an empty <span id="old" class="moved-id"> at the start of the clause it
 * moved to, so a link to …/#old lands there without any script, and the reader's navigator, which looks
 * for the enclosing section, marks that clause. Only moves that resolve (lib/build/urls/moves.ts) are
 * placed: an old id that is still a clause would be on the page twice. The loader reports the others.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { aliasesByTarget, resolveMoves, withDescendants } from '../urls/moves.ts';
import './to-hast.ts';

declare module 'vfile' {
  interface DataMap {
    /** The front matter's `moved:`, old clause id → the id it moved to. */
    moved: Readonly<Record<string, string>>;
  }
}

const alias = (id: string): Element => ({
  type: 'element',
  tagName: 'span',
  properties: { id, className: ['moved-id'] },
  children: [],
});

export default function rehypeMovedIds() {
  return (tree: Root, file: VFile): void => {
    if (!file.data.moved) return;
    const ids = new Set<string>();
    visit(tree, 'element', (node) => {
      if (node.data?.clause) ids.add(node.data.clause.id);
    });
    const moved = aliasesByTarget(withDescendants(resolveMoves(file.data.moved, ids).resolved, ids));
    visit(tree, 'element', (node) => {
      const id = node.data?.clause?.id;
      const olds = id === undefined ? undefined : moved[id];
      if (olds) node.children.unshift(...olds.map(alias));
    });
  };
}
