/**
 * Test helper: a document's parts (##) and items (###) read straight from the Markdown, independently
 * of the pipeline, so clause pages can be checked against the content file itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DOC_DIR } from './content.ts';

export interface ExpectedClause {
  /**
   * eId by position: sec_<n> for the n-th ## heading of the notice body, sec_<n>__point_<m> for its
   * m-th ###; inside the k-th :::attachment the same with att_<k>__ in front (att_1__sec_2__point_3).
   */
  id: string;
  /** The heading line as written, without the Markdown marks: 二、促进… / （三）壮大…。 */
  heading: string;
  /** The clause's paragraphs, including those of its items for a part. */
  paragraphs: string[];
}

/** Where parts are being numbered: the notice body, or one attachment. */
interface Scope {
  prefix: string;
  parts: number;
}

/**
 * Every part and item of a document, the notice body's and each attachment's, in reading order.
 * The other ::: blocks (preface, preamble, conclusions) hold no parts.
 */
export function markdownClauses(file: string = path.join(DOC_DIR, 'index.md')): ExpectedClause[] {
  const text = fs.readFileSync(file, 'utf8');
  const body = text.slice(text.indexOf('\n---', 3) + 4);
  const notice: Scope = { prefix: '', parts: 0 };
  const clauses: ExpectedClause[] = [];
  let scope: Scope | undefined = notice;
  let attachments = 0;
  let part: ExpectedClause | undefined;
  let item: ExpectedClause | undefined;
  let items = 0;
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (line.startsWith(':::')) {
      // `:::` closes a block and returns to the notice body; `:::attachment` opens the next attachment.
      const block = line.slice(3).trim();
      if (block === 'attachment') attachments += 1;
      scope = block === '' ? notice : block === 'attachment' ? { prefix: `att_${attachments}__`, parts: 0 } : undefined;
      part = undefined;
      item = undefined;
    } else if (line === '' || scope === undefined) {
      continue;
    } else if (line.startsWith('## ')) {
      scope.parts += 1;
      items = 0;
      part = { id: `${scope.prefix}sec_${scope.parts}`, heading: line.slice(3), paragraphs: [] };
      item = undefined;
      clauses.push(part);
    } else if (line.startsWith('### ') && part) {
      items += 1;
      item = { id: `${part.id}__point_${items}`, heading: line.slice(4), paragraphs: [] };
      part.paragraphs.push(item.heading);
      clauses.push(item);
    } else if (part) {
      part.paragraphs.push(line);
      item?.paragraphs.push(line);
    }
  }
  return clauses;
}

/** Parts and items of the first annex, in reading order. */
export function expectedClauses(file?: string): ExpectedClause[] {
  return markdownClauses(file).filter((clause) => clause.id.startsWith('att_1__'));
}
