/**
 * remark plugin: reads GFM tables (名单, 附表). Only tables: the rest of GFM would turn URLs in the text
 * into links and `[^1]` into footnotes, changing what the issued text says.
 */
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Processor } from 'unified';

/** Build-time remark plugin; see the module comment. It extends the parser and has no transformer. */
export default function remarkGfmTables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}
