/**
 * What the reader behaviour (app/_client/reader.ts) needs from the server: rendered into the page as
 * <script type="application/json" id="reader-data"> by app/_components/ReaderData.tsx, read and
 * checked by app/_client/site.ts. Client-safe: the server page and the browser module share it.
 */
import type { CitableClause, CitationMeta } from './citation.ts';
import type { CitationTemplates } from './citation-formats.ts';
import { arrayOf, integer, nullable, oneOf, optional, record, string } from './parse.ts';
import { CLAUSE_KINDS, SCRIPTS, type Script } from './types.ts';

/** The id of the JSON data block; a page without it gets no reader behaviour (the home page, the 404). */
export const READER_DATA_ID = 'reader-data';

export interface ReaderData {
  /** The page's script: button words and citations are in it. */
  script: Script;
  /**
   * Absolute origin for copied links: SITE_URL when the build sets it, so an official gets the
   * canonical address; null when it does not (a local or preview build), and the page's own origin is used.
   */
  origin: string | null;
  /** The document shown: the search box offers to search just it. */
  docId: string;
  /** Path that copied links point at, e.g. documentPath(script, docId); the clause's #id is appended. */
  linkPath: string;
  /** The variant's clause list reduced to id/kind/parent: never the text, which is in the HTML already. */
  clauses: CitableClause[];
  /** Titles and 文号 for citations, in the page's script. */
  meta: CitationMeta;
  /** GB/T 7714, CSL-JSON and BibTeX of the document, prebuilt once per page (not per clause), with blanks. */
  formats: CitationTemplates;
}

/** The data block for one page, from the pipeline's clause list and metadata (structure only: the text is in the HTML). */
export function readerData(
  script: Script,
  origin: string | null,
  { docId, linkPath }: { docId: string; linkPath: string },
  variant: { meta: CitationMeta; clauses: readonly CitableClause[] },
  formats: CitationTemplates,
): ReaderData {
  const { meta, clauses } = variant;
  return {
    script,
    origin,
    docId,
    linkPath,
    clauses: clauses.map(({ id, kind, parent, ordinal }) => ({ id, kind, parent, ordinal })),
    meta: { title: meta.title, docNumber: meta.docNumber, annexes: meta.annexes.map(({ title }) => ({ title })) },
    formats,
  };
}

/**
 * JSON for an inline data block: "<" escaped, so no title can close the script element early
 * (the same escaping as the JSON-LD blocks).
 */
export function serializeReaderData(data: ReaderData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** Checks the parsed data block; throws a ParseError naming the first field that does not fit. */
export function parseReaderData(value: unknown): ReaderData {
  const o = record(value, 'reader');
  const meta = record(o.meta, 'reader.meta');
  const formats = record(o.formats, 'reader.formats');
  return {
    script: oneOf(SCRIPTS, o.script, 'reader.script'),
    origin: nullable(o.origin, 'reader.origin', string),
    docId: string(o.docId, 'reader.docId'),
    linkPath: string(o.linkPath, 'reader.linkPath'),
    clauses: arrayOf(o.clauses, 'reader.clauses', (clause, path) => {
      const c = record(clause, path);
      return {
        id: string(c.id, `${path}.id`),
        kind: oneOf(CLAUSE_KINDS, c.kind, `${path}.kind`),
        parent: nullable(c.parent, `${path}.parent`, string),
        ordinal: nullable(c.ordinal, `${path}.ordinal`, integer),
      };
    }),
    meta: {
      title: string(meta.title, 'reader.meta.title'),
      docNumber: optional(meta.docNumber, 'reader.meta.docNumber', string),
      annexes: arrayOf(meta.annexes, 'reader.meta.annexes', (annex, path) => ({
        title: string(record(annex, path).title, `${path}.title`),
      })),
    },
    formats: {
      gbt: string(formats.gbt, 'reader.formats.gbt'),
      gbtAnnexes: arrayOf(formats.gbtAnnexes, 'reader.formats.gbtAnnexes', string),
      csl: string(formats.csl, 'reader.formats.csl'),
      bibtex: string(formats.bibtex, 'reader.formats.bibtex'),
    },
  };
}
