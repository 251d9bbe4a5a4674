/**
 * The query side, run in the browser (and in the tests and benchmark): substring matching over
 * folded clause text. Client-safe: imports only the shared options and the folder.
 *
 * Why a scan and not an inverted index: for CJK the requirement is substring semantics, so any
 * token index (FlexSearch's included) needs a verification pass over the text anyway, and the text
 * must ship for snippets. Scanning the folded text is that pass alone; scripts/bench-search.ts
 * prints the sizes and latencies that back this choice.
 */
import { numberedHeading } from '../clauses.ts';
import { documentPath } from '../routes.ts';
import type { Script } from '../types.ts';
import { createFolder, type Folder } from './fold.ts';
import { MAX_RESULTS, SNIPPET_BEFORE, SNIPPET_LENGTH, WEIGHT } from './options.ts';
import {
  parseFoldTable,
  parseSearchIndex,
  type FoldTableFile,
  type SearchClause,
  type SearchIndexFile,
} from './schema.ts';

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

/**
 * Prepares an index for querying: folds every clause once. Measured by scripts/bench-search.ts in
 * Node: 1.2–10 ms for this corpus (the first script's run pays for JIT warm-up; the other is 1.2–5 ms),
 * 30–180 ms for its synthetic 100-document corpus: once per page session, on first use, not per query.
 */
export function createSearcher(index: SearchIndexFile, foldTable: FoldTableFile): Searcher {
  const folder = createFolder(foldTable.groups);
  const script: Script = index.script;
  const several = index.docs.length > 1;
  const prepared: Prepared[] = index.clauses.map((clause, order) => {
    const heading = ownHeading(clause);
    return { clause, order, heading, foldedHeading: folder.text(heading), foldedText: folder.text(clause.text) };
  });

  const crumbs = (entry: Prepared, terms: readonly string[]): MarkedText[] => {
    const path: MarkedText[] = [];
    // Attachments print only 附件 in the path: their heading is the whole annex title.
    for (let p = entry.clause.parent; p !== -1;) {
      const ancestor = index.clauses[p];
      if (!ancestor) break;
      const text = ancestor.kind === 'att' ? ancestor.num : ownHeading(ancestor);
      if (text !== '') path.unshift({ text, marks: [] });
      p = ancestor.parent;
    }
    if (entry.heading !== '') path.push({ text: entry.heading, marks: findMarks(entry.foldedHeading, terms) });
    const doc = index.docs[entry.clause.d];
    // Every notice has its 附件 › 二、…: once there are several, a path is ambiguous without its document.
    if (several && doc) path.unshift({ text: doc.short, marks: [] });
    else if (path.length === 0) path.push({ text: doc?.title ?? '', marks: [] });
    return path;
  };

  const snippet = (entry: Prepared, terms: readonly string[]): SearchResult['snippet'] => {
    const { text } = entry.clause;
    const marks = findMarks(entry.foldedText, terms);
    const first = marks[0]?.[0] ?? 0;
    const start = Math.max(0, Math.min(first - SNIPPET_BEFORE, text.length - SNIPPET_LENGTH));
    const end = Math.min(text.length, start + SNIPPET_LENGTH);
    const inside: Marks = marks
      .filter(([s, e]) => e > start && s < end)
      .map(([s, e]) => [Math.max(s, start) - start, Math.min(e, end) - start]);
    return { text: text.slice(start, end), marks: inside, before: start > 0, after: end < text.length };
  };

  const search = (query: string, limit: number = MAX_RESULTS): SearchOutcome => {
    const terms = folder.terms(query);
    if (terms.length === 0) return { terms, total: 0, results: [] };
    // Longest term first: it is the rarest, so non-matching clauses are rejected soonest.
    const ordered = [...terms].sort((a, b) => b.length - a.length);
    const phrase = terms.length > 1 ? terms.join('') : '';
    const hits: { entry: Prepared; score: number }[] = [];
    for (const entry of prepared) {
      const { foldedHeading: h, foldedText: t } = entry;
      if (!ordered.every((term) => t.includes(term) || h.includes(term))) continue;
      let score = ordered.every((term) => h.includes(term)) ? WEIGHT.heading : 0;
      if (phrase !== '' && (t.includes(phrase) || h.includes(phrase))) score += WEIGHT.phrase;
      let occurrences = 0;
      for (const term of ordered) occurrences += countOccurrences(t, term, WEIGHT.maxOccurrences);
      score += Math.min(occurrences, WEIGHT.maxOccurrences) * WEIGHT.occurrence;
      hits.push({ entry, score });
    }
    hits.sort((a, b) => b.score - a.score || a.entry.order - b.entry.order);
    const results = hits.slice(0, limit).map(({ entry, score }): SearchResult => {
      const docId = index.docs[entry.clause.d]?.id ?? '';
      return {
        id: entry.clause.id,
        docId,
        href: `${documentPath(script, docId)}#${entry.clause.id}`,
        path: crumbs(entry, terms),
        snippet: snippet(entry, terms),
        score,
      };
    });
    return { terms, total: hits.length, results };
  };

  return { search, folder };
}

/** Validates the two fetched files and prepares a searcher; throws if either is malformed or stale. */
export function searcherFromJson(index: unknown, foldTable: unknown): Searcher {
  let parsed: [SearchIndexFile, FoldTableFile];
  try {
    parsed = [parseSearchIndex(index), parseFoldTable(foldTable)];
  } catch (error) {
    throw new Error('policy-portal search: the search files are malformed or from another version', { cause: error });
  }
  return createSearcher(...parsed);
}
