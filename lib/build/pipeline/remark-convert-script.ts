/** remark plugin: rewrites every text node with the file's script converter (simplified → traditional for zh-Hant pages). */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

declare module 'vfile' {
  interface DataMap {
    /** Converts one run of text into the page's script; absent for the canonical (simplified) text. */
    convert: (text: string) => string;
  }
}

/** Build-time remark plugin; see the module comment. */
export default function remarkConvertScript() {
  return (tree: Root, file: VFile): void => {
    const convert = file.data.convert;
    if (!convert) return;
    visit(tree, 'text', (node) => {
      node.value = convert(node.value);
    });
  };
}
