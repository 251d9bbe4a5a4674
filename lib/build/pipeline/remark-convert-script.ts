/** remark plugin: rewrites every text node with a script converter (simplified → traditional for zh-Hant pages). */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

export interface RemarkConvertScriptOptions {
  /** Converts one run of text; a pure function of its input. */
  convert: (text: string) => string;
}

/** Build-time remark plugin; see the module comment. */
export default function remarkConvertScript(options: RemarkConvertScriptOptions) {
  return (tree: Root): void => {
    visit(tree, 'text', (node) => {
      node.value = options.convert(node.value);
    });
  };
}
