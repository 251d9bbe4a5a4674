/**
 * The content file's Markdown: text escaped so that it reads as written, ::: blocks in the order
 * the content format sets (README, "Adding a document"), one blank line between blocks.
 */

/** ASCII marks Markdown would read as syntax anywhere in a line: emphasis, code, links, raw HTML, entities. */
const INLINE = /[\\`*_[\]<]|&(?=#?[A-Za-z0-9]+;)/g;
/** Marks that open a block at the start of a line: heading, quote, list. */
const BLOCK_START = /^(#|>|[-+](?=\s|$)|\d+(?=[.)]))/;

/** Text as a Markdown paragraph (or heading text) that renders exactly as written. */
export function escapeText(text: string): string {
  const inline = text.replace(INLINE, '\\$&');
  const numbered = /^\d+[.)]/.test(inline);
  return numbered ? inline.replace(/^(\d+)([.)])/, '$1\\$2') : inline.replace(BLOCK_START, '\\$1');
}

export const heading = (depth: number, text: string): string => `${'#'.repeat(depth)} ${escapeText(text)}`;

export interface MarkdownDocument {
  /** The front matter's YAML, ending with a newline. */
  frontMatter: string;
  preface: string[];
  /** Absent when the document has no addressees (a 令, a 公告). */
  preamble?: string[];
  body: string[];
  conclusions: string[];
  attachments: ReadonlyArray<{ label: string; title: string; body: string[] }>;
}

const container = (name: string, blocks: readonly string[]): string =>
  [`:::${name}`, blocks.join('\n\n'), ':::'].join('\n');

/** The whole content file: front matter, then the blocks. */
export function writeDocument(doc: MarkdownDocument): string {
  const sections = [
    container('preface', doc.preface),
    ...(doc.preamble ? [container('preamble', doc.preamble)] : []),
    ...doc.body,
    container('conclusions', doc.conclusions),
    ...doc.attachments.map((annex) => container('attachment', [annex.label, heading(1, annex.title), ...annex.body])),
  ];
  return `---\n${doc.frontMatter}---\n\n${sections.join('\n\n')}\n`;
}
