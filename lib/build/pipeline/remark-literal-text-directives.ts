/** remark plugin: turns `:name` text directives back into the characters written, so 10:30 stays 10:30. */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Only containers (:::) are part of the content format, but remark-directive also reads `:name` inside
 * text as a directive, which would print 10:30 as 10 and an empty <div>. The source characters go back
 * as text, merged into the text around them, so conversion and search see whole words.
 */
export default function remarkLiteralTextDirectives() {
  return (tree: Root, file: VFile): void => {
    const source = String(file.value);
    visit(tree, 'textDirective', (node, index, parent) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (!parent || index === undefined || start === undefined || end === undefined) return undefined;
      const previous = parent.children[index - 1];
      const next = parent.children[index + 1];
      const literal = source.slice(start, end) + (next?.type === 'text' ? next.value : '');
      const removed = next?.type === 'text' ? 2 : 1;
      if (previous?.type === 'text') {
        previous.value += literal;
        parent.children.splice(index, removed);
        return index;
      }
      parent.children.splice(index, removed, { type: 'text', value: literal, position: node.position });
      return index + 1;
    });
  };
}
