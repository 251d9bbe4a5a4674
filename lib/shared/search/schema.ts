/**
 * Shapes of the search files, shared by the build (which emits them) and the browser (which checks
 * what it fetched with lib/shared/parse.ts).
 */
import { arrayOf, integer, oneOf, optional, record, string } from '../parse.ts';
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

export interface SearchDocument {
  id: string;
  title: string;
  /** 关于…, as clause page titles shorten it: it leads a portal result's path, with the 文号. */
  short: string;
  docNumber?: string | undefined;
}

export interface SearchIndexFile {
  v: typeof SEARCH_FORMAT;
  script: Script;
  docs: SearchDocument[];
  clauses: SearchClause[];
  /** The folding groups this file's text needs (see FoldTableFile). */
  fold: string;
}

/** The portal index's manifest: how many shards of each kind, and the document ids postings number. */
export interface PortalManifestFile {
  v: typeof SEARCH_FORMAT;
  shards: number;
  singleShards: number;
  docs: string[];
}

/** A portal shard: FlexSearch's export, key → data. */
export type PortalShardFile = Record<string, string>;

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

function parseDocument(value: unknown, path: string): SearchDocument {
  const d = record(value, path);
  return {
    id: string(d.id, `${path}.id`),
    title: string(d.title, `${path}.title`),
    short: string(d.short, `${path}.short`),
    docNumber: optional(d.docNumber, `${path}.docNumber`, string),
  };
}

/** Checks a fetched clause table; throws a ParseError naming the first field that does not fit. */
export function parseSearchIndex(value: unknown): SearchIndexFile {
  const o = record(value, 'index');
  return {
    v: oneOf([SEARCH_FORMAT], o.v, 'index.v'),
    script: oneOf(SCRIPTS, o.script, 'index.script'),
    docs: arrayOf(o.docs, 'index.docs', parseDocument),
    clauses: arrayOf(o.clauses, 'index.clauses', parseClause),
    fold: string(o.fold, 'index.fold'),
  };
}

/** Checks a fetched folding table. */
export function parseFoldTable(value: unknown): FoldTableFile {
  const o = record(value, 'fold');
  return { v: oneOf([SEARCH_FORMAT], o.v, 'fold.v'), groups: string(o.groups, 'fold.groups') };
}

/** Checks the portal manifest. */
export function parsePortalManifest(value: unknown): PortalManifestFile {
  const o = record(value, 'portal');
  return {
    v: oneOf([SEARCH_FORMAT], o.v, 'portal.v'),
    shards: integer(o.shards, 'portal.shards'),
    singleShards: integer(o.singleShards, 'portal.singleShards'),
    docs: arrayOf(o.docs, 'portal.docs', string),
  };
}

/** Checks a portal shard: an object of strings (FlexSearch checks their content when it imports them). */
export function parsePortalShard(value: unknown, path: string): PortalShardFile {
  const o = record(value, path);
  return Object.fromEntries(Object.entries(o).map(([key, data]) => [key, string(data, `${path}.${key}`)]));
}
