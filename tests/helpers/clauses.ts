/**
 * Test helper: a document's paged clauses (parts and items; 编、章、节、条) read straight from the Markdown,
 * independently of the pipeline, so clause pages can be checked against the content file itself.
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

/** Where levels are being numbered: the notice body, or one attachment. */
interface Scope {
  prefix: string;
  parts: number;
  books: number;
  chapters: number;
  articles: number;
}

const newScope = (prefix: string): Scope => ({ prefix, parts: 0, books: 0, chapters: 0, articles: 0 });

/** What a Markdown line opens, read by its number as the content format defines it (README). */
const LINE = {
  book: /^#+ 第[零一二三四五六七八九十百]+编/,
  chapter: /^#+ 第[零一二三四五六七八九十百]+章/,
  section: /^#+ 第[零一二三四五六七八九十百]+节/,
  part: /^## [一二三四五六七八九十]+、/,
  item: /^### （[一二三四五六七八九十]+）/,
  article: /^第[零一二三四五六七八九十百千]+条[ 　]/,
};

interface Open {
  book?: ExpectedClause;
  chapter?: ExpectedClause;
  section?: ExpectedClause;
  part?: ExpectedClause;
  item?: ExpectedClause;
  article?: ExpectedClause;
  sectionsInChapter: number;
  itemsInPart: number;
}

/** Opens the clause a line starts, if it starts one; returns it. */
function open(line: string, scope: Scope, at: Open): ExpectedClause | undefined {
  const make = (id: string): ExpectedClause => ({ id, heading: line.replace(/^#+ /, ''), paragraphs: [] });
  if (LINE.book.test(line)) {
    Object.assign(at, {
      book: make(`${scope.prefix}book_${(scope.books += 1)}`),
      chapter: undefined,
      article: undefined,
    });
    scope.chapters = 0;
    return at.book;
  }
  if (LINE.chapter.test(line)) {
    const parent = at.book ? `${at.book.id}__` : scope.prefix;
    Object.assign(at, {
      chapter: make(`${parent}chp_${(scope.chapters += 1)}`),
      section: undefined,
      article: undefined,
    });
    at.sectionsInChapter = 0;
    return at.chapter;
  }
  if (LINE.section.test(line) && at.chapter) {
    Object.assign(at, { section: make(`${at.chapter.id}__sec_${(at.sectionsInChapter += 1)}`), article: undefined });
    return at.section;
  }
  if (LINE.part.test(line)) {
    Object.assign(at, { part: make(`${scope.prefix}sec_${(scope.parts += 1)}`), item: undefined });
    at.itemsInPart = 0;
    return at.part;
  }
  if (LINE.item.test(line) && at.part) return (at.item = make(`${at.part.id}__point_${(at.itemsInPart += 1)}`));
  if (LINE.article.test(line)) return (at.article = make(`${scope.prefix}art_${(scope.articles += 1)}`));
  return undefined;
}

/**
 * Every clause with a page of its own, the notice body's and each attachment's, in reading order:
 * parts and items of a notice, 编、章、节 and 条 of a regulation. The other ::: blocks hold none.
 */
export function markdownClauses(file: string = path.join(DOC_DIR, 'index.md')): ExpectedClause[] {
  const text = fs.readFileSync(file, 'utf8');
  const body = text.slice(text.indexOf('\n---', 3) + 4);
  const clauses: ExpectedClause[] = [];
  let scope: Scope | undefined = newScope('');
  const notice = scope;
  let attachments = 0;
  let at: Open = { sectionsInChapter: 0, itemsInPart: 0 };
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (line.startsWith(':::')) {
      // `:::` closes a block and returns to the notice body; `:::attachment` opens the next attachment.
      const block = line.slice(3).trim();
      if (block === 'attachment') attachments += 1;
      scope = block === '' ? notice : block === 'attachment' ? newScope(`att_${attachments}__`) : undefined;
      at = { sectionsInChapter: 0, itemsInPart: 0 };
      continue;
    }
    if (line === '' || scope === undefined) continue;
    const opened = open(line, scope, at);
    if (opened) {
      clauses.push(opened);
      // An item's heading is part of its part's text; a part's or article's opening line is its own.
      if (opened === at.item) at.part?.paragraphs.push(opened.heading);
      continue;
    }
    for (const holder of [at.part, at.item, at.article]) holder?.paragraphs.push(line);
  }
  return clauses;
}

/** Parts and items of the first annex, in reading order. */
export function expectedClauses(file?: string): ExpectedClause[] {
  return markdownClauses(file).filter((clause) => clause.id.startsWith('att_1__'));
}
