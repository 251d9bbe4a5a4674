/**
 * Test helper: reads a content file's paragraphs straight from the Markdown, independently of the
 * pipeline, so tests can check the pipeline and the pages against the file itself; and spells out
 * the document's page URLs by hand for the same reason.
 */
import fs from 'node:fs';
import path from 'node:path';

export const DOC_ID = 'ndrc-2007-2897';
export const DOC_DIR = path.join(process.cwd(), 'content', DOC_ID);

/**
 * The scripts every document is published in, and page URLs, written out here rather than taken from
 * lib/ (SCRIPTS, lib/shared/routes), so a changed route or a dropped script fails the tests.
 */
export const SCRIPT_SEGMENTS = ['zh-hans', 'zh-hant'] as const;
export const documentUrl = (script: string, doc: string = DOC_ID): string => `/${script}/${doc}/`;
export const clauseUrl = (script: string, clause: string, doc: string = DOC_ID): string =>
  `/${script}/${doc}/${clause}/`;

/** Folds whitespace away: a page may break lines differently from the content file. */
export const squash = (text: string): string => text.replace(/\s+/g, '');

/**
 * The document's blocks in reading order, as plain text: one per paragraph or heading, with an item
 * heading （一）… joined to the paragraph that follows it (the issued text prints them as one paragraph).
 */
export function contentBlocks(file: string = path.join(DOC_DIR, 'index.md')): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const body = text.slice(text.indexOf('\n---', 3) + 4);
  const blocks: string[] = [];
  let pendingItem: string | undefined;
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith(':::')) continue;
    const plain = line.replace(/^#+\s+/, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    if (line.startsWith('### ')) {
      pendingItem = plain;
    } else if (pendingItem !== undefined) {
      blocks.push(pendingItem + plain);
      pendingItem = undefined;
    } else {
      blocks.push(plain);
    }
  }
  return blocks;
}

/** The same blocks with an item heading kept apart from its text, as the page renders them. */
export function contentParagraphs(file?: string): string[] {
  return contentBlocks(file).flatMap((block) => {
    const item = /^(（[一二三四五六七八九十]+）[^。]*。)(.+)$/.exec(block);
    return item ? [item[1] ?? '', item[2] ?? ''] : [block];
  });
}
