/**
 * The query side, run in the browser (and in the tests and benchmark): substring matching over
 * folded clause text. Client-safe: imports only the shared options and the folder.
 *
 * A scan rather than an index: results must be exact substrings, so any token index needs a
 * verification pass over the text anyway, and the text ships for snippets (README, Search).
 */
import { numberedHeading } from '../clauses.ts';
import { documentPath } from '../routes.ts';
import { createFolder, type Folder } from './fold.ts';
import { MAX_RESULTS, SNIPPET_BEFORE, SNIPPET_LENGTH, WEIGHT } from './options.ts';
import { parseSearchIndex, type SearchClause, type SearchIndexFile } from './schema.ts';

/** Half-open [start, end) character ranges to wrap in <mark>. */
export type Marks = [number, number][];

export interface MarkedText {
  text: string;
  marks: Marks;
}

export interface SearchResult {
  id: string;
  docId: string;
  /** /{script}/{doc}/#{id}: the document page's anchor, in the index's script. */
  href: string;
  /**
   * Ancestors' numbers and headings, outermost first, then the clause's own (with its matches marked);
   * led by the document's short title when the index holds several documents.
   */
  path: MarkedText[];
  /** A window of the clause's text around the first match; empty when only the heading matched. */
  snippet: MarkedText & { before: boolean; after: boolean };
  score: number;
}

export interface SearchOutcome {
  /** Folded terms, as matched. */
  terms: string[];
  /** Every matching clause, ranked; only the first MAX_RESULTS carry display data. */
  total: number;
  results: SearchResult[];
}

interface Prepared {
  clause: SearchClause;
  order: number;
  /** Number and heading as displayed ("（六）大力实施…"), and folded. */
  heading: string;
  foldedHeading: string;
  foldedText: string;
}

export interface Searcher {
  search: (query: string, limit?: number) => SearchOutcome;
  folder: Folder;
}

/** Every occurrence of every term in a folded string, merged into non-overlapping ranges. */
export function findMarks(folded: string, terms: readonly string[]): Marks {
  const ranges: Marks = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1))
      ranges.push([at, at + term.length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Marks = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

function countOccurrences(folded: string, term: string, cap: number): number {
  let count = 0;
  for (let at = folded.indexOf(term); at !== -1 && count < cap; at = folded.indexOf(term, at + term.length)) count++;
  return count;
}

/** The clause's own heading as shown: "（六）大力实施…", or just the number/heading where one is empty. */
function ownHeading(clause: SearchClause): string {
  return numberedHeading(clause);
}

/** The heading path of a result: ancestors outermost first, then the clause's own heading with its matches marked. */
function crumbs(index: SearchIndexFile, entry: Prepared, terms: readonly string[]): MarkedText[] {
  const path: MarkedText[] = [];
  for (let p = entry.clause.parent; p !== -1;) {
    const ancestor = index.clauses[p];
    if (!ancestor) break;
    // An attachment prints only 附件 in the path: its heading is the whole annex title.
    const text = ancestor.kind === 'att' ? ancestor.num : ownHeading(ancestor);
    if (text !== '') path.unshift({ text, marks: [] });
    p = ancestor.parent;
  }
  if (entry.heading !== '') path.push({ text: entry.heading, marks: findMarks(entry.foldedHeading, terms) });
  const doc = index.docs[entry.clause.d];
  if (path.length === 0) path.push({ text: doc?.title ?? '', marks: [] });
  return path;
}

/** A window of the clause's text around its first match, with the matches inside it marked. */
function snippet(entry: Prepared, terms: readonly string[]): SearchResult['snippet'] {
  const { text } = entry.clause;
  const marks = findMarks(entry.foldedText, terms);
  const first = marks[0]?.[0] ?? 0;
  const start = Math.max(0, Math.min(first - SNIPPET_BEFORE, text.length - SNIPPET_LENGTH));
  const end = Math.min(text.length, start + SNIPPET_LENGTH);
  const inside: Marks = marks
    .filter(([s, e]) => e > start && s < end)
    .map(([s, e]) => [Math.max(s, start) - start, Math.min(e, end) - start]);
  return { text: text.slice(start, end), marks: inside, before: start > 0, after: end < text.length };
}

/** The clause's score for the terms (longest first), or -1 when one of them is missing. */
function score(entry: Prepared, ordered: readonly string[], phrase: string): number {
  const { foldedHeading: h, foldedText: t } = entry;
  if (!ordered.every((term) => t.includes(term) || h.includes(term))) return -1;
  // The title block's text is the 文号: a query that is (part of) it looks for this document.
  const numbered = entry.clause.kind === 'preface' && ordered.every((term) => t.includes(term));
  let total = numbered ? WEIGHT.docNumber : 0;
  total += ordered.every((term) => h.includes(term)) ? WEIGHT.heading : 0;
  if (phrase !== '' && (t.includes(phrase) || h.includes(phrase))) total += WEIGHT.phrase;
  let occurrences = 0;
  for (const term of ordered) occurrences += countOccurrences(t, term, WEIGHT.maxOccurrences);
  return total + Math.min(occurrences, WEIGHT.maxOccurrences) * WEIGHT.occurrence;
}

function result(index: SearchIndexFile, entry: Prepared, terms: readonly string[], points: number): SearchResult {
  const docId = index.docs[entry.clause.d]?.id ?? '';
  return {
    id: entry.clause.id,
    docId,
    href: `${documentPath(index.script, docId)}#${entry.clause.id}`,
    path: crumbs(index, entry, terms),
    snippet: snippet(entry, terms),
    score: points,
  };
}

/** Prepares a document's search file for querying: folds every clause once, on first use (not per query). */
export function createSearcher(index: SearchIndexFile): Searcher {
  const folder = createFolder(index.fold);
  const prepared: Prepared[] = index.clauses.map((clause, order) => {
    const heading = ownHeading(clause);
    return { clause, order, heading, foldedHeading: folder.text(heading), foldedText: folder.text(clause.text) };
  });
  const search = (query: string, limit: number = MAX_RESULTS): SearchOutcome => {
    const terms = folder.terms(query);
    if (terms.length === 0) return { terms, total: 0, results: [] };
    // Longest term first: it is the rarest, so non-matching clauses are rejected soonest.
    const ordered = [...terms].sort((a, b) => b.length - a.length);
    const phrase = terms.length > 1 ? terms.join('') : '';
    const hits = prepared
      .map((entry) => ({ entry, points: score(entry, ordered, phrase) }))
      .filter((hit) => hit.points >= 0)
      .sort((a, b) => b.points - a.points || a.entry.order - b.entry.order);
    const results = hits.slice(0, limit).map(({ entry, points }) => result(index, entry, terms, points));
    return { terms, total: hits.length, results };
  };
  return { search, folder };
}

/** Validates a fetched search file and prepares a searcher; throws if it is malformed or stale. */
export function searcherFromJson(index: unknown): Searcher {
  let parsed: SearchIndexFile;
  try {
    parsed = parseSearchIndex(index);
  } catch (error) {
    throw new Error('policy-portal search: the search file is malformed or from another version', { cause: error });
  }
  return createSearcher(parsed);
}
