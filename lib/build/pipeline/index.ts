/**
 * The one place that assembles the Markdown pipeline. Each page's HTML, its clause list and its
 * table of contents come out of a single run over one tree, so ids can never drift apart.
 */
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import rehypeClauses from './rehype-clauses.ts';
import rehypePhraseBreaks from './rehype-phrase-breaks.ts';
import remarkConvertScript from './remark-convert-script.ts';
import remarkLiteralTextDirectives from './remark-literal-text-directives.ts';
import remarkStructure, { type RemarkStructureOptions } from './remark-structure.ts';
import type { Clause, TocEntry } from '../../shared/types.ts';

export interface PipelineOptions extends RemarkStructureOptions {
  /** Script conversion for this run; omit for the canonical (simplified) text. */
  convert?: (text: string) => string;
}

export interface Rendered {
  html: string;
  clauses: Clause[];
  toc: TocEntry[];
}

/** Renders one document body in one script. `path` is reported in content errors. */
export function renderDocument(markdown: string, path: string, options: PipelineOptions): Rendered {
  const processor = unified()
    .use(remarkParse)
    // Directive syntax (:::preface …) must be parsed before the structure plugin reads it.
    .use(remarkDirective)
    // Right after it: its `:name` text directives are not part of the format and must be text again
    // (10:30) before the structure plugin validates, converts or counts anything.
    .use(remarkLiteralTextDirectives)
    // Structure first: ids come from the numbering of the canonical text, and errors quote
    // the text as the author wrote it, not a conversion of it.
    .use(remarkStructure, options)
    // Conversion after the ids are fixed (so both scripts share them) and before mdast→hast,
    // so the HTML and the clause list below are in the page's script.
    .use(remarkConvertScript, { convert: options.convert ?? ((text: string) => text) })
    .use(remarkRehype)
    // Word breaks in headings after conversion (the words are the page's script's) and before the
    // clause list copies each section's HTML, so clause pages get them too. <wbr> holds no text, so
    // the clause text, the search index and text fragments are unchanged.
    .use(rehypePhraseBreaks)
    // Last tree step: the clause list's html must be the final HTML of each section.
    .use(rehypeClauses)
    .use(rehypeStringify);

  const file = new VFile({ path, value: markdown });
  const tree = processor.runSync(processor.parse(file), file);
  const html = processor.stringify(tree, file);
  const { clauses, toc } = file.data;
  if (!clauses || !toc) throw new Error('pipeline: rehype-clauses did not run');
  return { html, clauses, toc };
}
