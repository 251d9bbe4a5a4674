/**
 * Shapes of the search files, shared by the build (which emits them) and the browser (which checks
 * what it fetched with lib/shared/parse.ts).
 */
import { arrayOf, integer, oneOf, record, string } from '../parse.ts';
import { CLAUSE_KINDS, SCRIPTS, type ClauseKind, type Script } from '../types.ts';
import { SEARCH_FORMAT } from './options.ts';

/**
 * One clause as the browser receives it: the page script's display text, and the parent as an
 * index into the same list (-1 at the top), so the heading path needs no second lookup table.
 */
export interface SearchClause {
  /** Index into `docs`. */
  d: number;
  id: string;
  kind: ClauseKind;
  num: string;
  heading: string;
  text: string;
  parent: number;
}

export interface SearchIndexFile {
  v: typeof SEARCH_FORMAT;
  script: Script;
  /** `short` (关于…, as clause page titles shorten it) leads each result's path once there are several documents. */
  docs: { id: string; title: string; short: string }[];
  clauses: SearchClause[];
}

/**
 * The folding table: groups separated by spaces, each a canonical character followed by every
 * variant that folds to it, e.g. "产産產 污汙 涌湧 着著". Only BMP characters, so folding never
 * changes a string's length and match offsets in folded text are offsets in the display text.
 */
export interface FoldTableFile {
  v: typeof SEARCH_FORMAT;
  groups: string;
}

function parseClause(value: unknown, path: string): SearchClause {
  const o = record(value, path);
  return {
    d: integer(o.d, `${path}.d`),
    id: string(o.id, `${path}.id`),
    kind: oneOf(CLAUSE_KINDS, o.kind, `${path}.kind`),
    num: string(o.num, `${path}.num`),
    heading: string(o.heading, `${path}.heading`),
    text: string(o.text, `${path}.text`),
    parent: integer(o.parent, `${path}.parent`),
  };
}

/** Checks a fetched clause table; throws a ParseError naming the first field that does not fit. */
export function parseSearchIndex(value: unknown): SearchIndexFile {
  const o = record(value, 'index');
  return {
    v: oneOf([SEARCH_FORMAT], o.v, 'index.v'),
    script: oneOf(SCRIPTS, o.script, 'index.script'),
    docs: arrayOf(o.docs, 'index.docs', (doc, path) => {
      const d = record(doc, path);
      return {
        id: string(d.id, `${path}.id`),
        title: string(d.title, `${path}.title`),
        short: string(d.short, `${path}.short`),
      };
    }),
    clauses: arrayOf(o.clauses, 'index.clauses', parseClause),
  };
}

/** Checks a fetched folding table. */
export function parseFoldTable(value: unknown): FoldTableFile {
  const o = record(value, 'fold');
  return { v: oneOf([SEARCH_FORMAT], o.v, 'fold.v'), groups: string(o.groups, 'fold.groups') };
}
