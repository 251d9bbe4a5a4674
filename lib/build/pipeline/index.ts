/**
 * The one module that orders the Markdown pipeline. Each page's HTML, its clause list and its table
 * of contents come out of one run over one tree, so ids can never drift apart. The processor is
 * built and frozen once; what differs per document (front matter, converter) travels on the file.
 */
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Clause, TocEntry } from '../../shared/types.ts';
import rehypeClauses from './rehype-clauses.ts';
import rehypeMovedIds from './rehype-moved-ids.ts';
import remarkGfmTables from './remark-gfm-tables.ts';
import rehypePhraseBreaks from './rehype-phrase-breaks.ts';
import remarkConvertScript from './remark-convert-script.ts';
import remarkLiteralTextDirectives from './remark-literal-text-directives.ts';
import remarkStructure, { type StructureFacts } from './remark-structure/index.ts';
import { clauseHandlers } from './to-hast.ts';

const processor = unified()
  .use(remarkParse)
  // Tables extend the parser, so they must be known before parsing.
  .use(remarkGfmTables)
  // Directive syntax (:::preface …) must be parsed before the structure step reads it.
  .use(remarkDirective)
  // Right after it: its `:name` text directives are not part of the format and must be text again
  // (10:30) before anything validates, converts or counts text.
  .use(remarkLiteralTextDirectives)
  // Structure before conversion: ids come from the numbering of the canonical text, and errors
  // quote the text as the author wrote it.
  .use(remarkStructure)
  // Conversion after the ids are fixed (both scripts share them) and before mdast→hast, so the HTML
  // and the clause list are in the page's script.
  .use(remarkConvertScript)
  .use(remarkRehype, { handlers: clauseHandlers })
  // Word breaks after conversion (the words are the page's script's) and before the clause list
  // copies each section's HTML, so clause pages get them too.
  .use(rehypePhraseBreaks)
  // Old ids of moved clauses inside the clauses they moved to, before the clause list copies each section.
  .use(rehypeMovedIds)
  // Last tree step: each clause's html must be the final HTML of its section.
  .use(rehypeClauses)
  .use(rehypeStringify)
  .freeze();

export interface RenderOptions extends StructureFacts {
  /** Converts text into the page's script; omit for the canonical (simplified) text. */
  convert?: (text: string) => string;
  /** Published clause ids that moved: old id → the id it is now (front matter `moved:`). */
  moved?: Readonly<Record<string, string>>;
}

export interface Rendered {
  html: string;
  clauses: Clause[];
  toc: TocEntry[];
}

/** Renders one document body in one script; `path` names the file in content errors. */
export function renderDocument(markdown: string, path: string, options: RenderOptions): Rendered {
  const { convert, moved, ...structure } = options;
  const data = { structure, ...(convert ? { convert } : {}), ...(moved ? { moved } : {}) };
  const file = new VFile({ path, value: markdown, data });
  const tree = processor.runSync(processor.parse(file), file);
  const html = processor.stringify(tree, file);
  const { clauses, toc } = file.data;
  if (!clauses || !toc) throw new Error('pipeline: rehype-clauses did not run');
  return { html, clauses, toc };
}
