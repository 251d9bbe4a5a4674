/**
 * Test helper: the annex's parts (##) and items (###) read straight from the Markdown, independently
 * of the pipeline, so clause pages can be checked against the content file itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DOC_DIR } from './content.ts';

export interface ExpectedClause {
  /** eId by position: att_1__sec_<n> for the n-th ## heading, att_1__sec_<n>__point_<m> for its m-th ###. */
  id: string;
  /** The heading line as written, without the Markdown marks: 二、促进… / （三）壮大…。 */
  heading: string;
  /** The clause's paragraphs, including those of its items for a part. */
  paragraphs: string[];
}

/** Parts and items of the first annex, in reading order. */
export function expectedClauses(file: string = path.join(DOC_DIR, 'index.md')): ExpectedClause[] {
  const text = fs.readFileSync(file, 'utf8');
  const annex = text.slice(text.indexOf(':::attachment'));
  const clauses: ExpectedClause[] = [];
  let part: ExpectedClause | undefined;
  let item: ExpectedClause | undefined;
  let parts = 0;
  let items = 0;
  for (const raw of annex.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith(':::')) continue;
    if (line.startsWith('## ')) {
      parts += 1;
      items = 0;
      part = { id: `att_1__sec_${parts}`, heading: line.slice(3), paragraphs: [] };
      item = undefined;
      clauses.push(part);
    } else if (line.startsWith('### ')) {
      items += 1;
      item = { id: `att_1__sec_${parts}__point_${items}`, heading: line.slice(4), paragraphs: [] };
      part?.paragraphs.push(item.heading);
      clauses.push(item);
    } else if (part) {
      part.paragraphs.push(line);
      item?.paragraphs.push(line);
    }
  }
  return clauses;
}
