/**
 * The JSON downloads: one document in one script (metadata and every clause with its citation), and
 * the index of all documents with their download URLs. Their shapes are published as JSON Schemas
 * (json-schema.ts); the tests validate every emitted file against them.
 */
import type { LoadedDocument } from '../corpus/index.ts';
import { absoluteUrl } from '../env.ts';
import { isPaged } from '../pages/clauses.ts';
import { citeClause } from '../../shared/citation.ts';
import { publishedCitations, type PublishedCitations } from '../citation/index.ts';
import { DATA_PATHS, downloadPath, feedPath, type DownloadFormat } from '../../shared/open-data.ts';
import { clausePath, documentPath, LANG } from '../../shared/routes.ts';
import { type Clause, type ClauseKind, type Script } from '../../shared/types.ts';

export interface ClauseData {
  id: string;
  kind: ClauseKind;
  /** As printed (（三）, 第五条, 附件); null where the clause has none. */
  number: string | null;
  ordinal: number | null;
  heading: string | null;
  /** The clause's own text, without its heading and nested clauses; table cells apart by tabs, rows and paragraphs by line breaks. */
  text: string;
  parent: string | null;
  depth: number;
  /** Whether the page offers the clause its own 复制链接 / 复制引用. */
  citable: boolean;
  /** The Chinese citation the page's 复制引用 gives. */
  citation: string;
  /** The clause in the full text (#id). */
  url: string;
  /** The clause's own page, where it has one. */
  page: string | null;
}

export type Downloads = Record<DownloadFormat, string>;

export interface DocumentData {
  $schema: string;
  id: string;
  script: Script;
  language: string;
  /** true for the simplified text as issued; the traditional text is a machine conversion of it. */
  authoritative: boolean;
  url: string;
  title: string;
  docNumber: string | null;
  type: string;
  issuer: string;
  dateSigned: string;
  datePublished: string;
  source: { url: string; publisher: string };
  annexes: Array<{ id: string; title: string }>;
  downloads: Downloads;
  /** GB/T 7714—2025, CSL-JSON and BibTeX of the document, with the 引用日期 left blank (%ACCESSED%). */
  citations: PublishedCitations;
  clauses: ClauseData[];
}

export function downloadUrls(script: Script, docId: string): Downloads {
  const url = (format: DownloadFormat) => absoluteUrl(downloadPath(script, docId, format));
  return { akn: url('akn'), json: url('json'), text: url('text'), markdown: url('markdown') };
}

function clauseData(doc: LoadedDocument, script: Script, clause: Clause): ClauseData {
  const { clauses, meta } = doc.variants[script];
  return {
    id: clause.id,
    kind: clause.kind,
    number: clause.num || null,
    ordinal: clause.ordinal,
    heading: clause.heading || null,
    text: clause.text,
    parent: clause.parent,
    depth: clause.depth,
    citable: clause.citable,
    citation: citeClause(clauses, meta, clause.id, script),
    url: absoluteUrl(`${documentPath(script, doc.id)}#${clause.id}`),
    page: isPaged(clause) ? absoluteUrl(clausePath(script, doc.id, clause.id)) : null,
  };
}

/** data.json of a document in one script. */
export function documentData(doc: LoadedDocument, script: Script): DocumentData {
  const { meta, clauses } = doc.variants[script];
  const annexes = clauses.filter((clause) => clause.kind === 'att');
  return {
    $schema: absoluteUrl(DATA_PATHS.documentSchema),
    id: doc.id,
    script,
    language: LANG[script],
    authoritative: script === 'zh-hans',
    url: absoluteUrl(documentPath(script, doc.id)),
    title: meta.title,
    docNumber: meta.docNumber ?? null,
    type: meta.type,
    issuer: meta.issuer,
    dateSigned: meta.dateSigned,
    datePublished: meta.datePublished,
    source: { url: meta.source.url, publisher: meta.source.publisher },
    annexes: annexes.map((annex) => ({
      id: annex.id,
      title: meta.annexes[(annex.ordinal ?? 0) - 1]?.title ?? annex.heading,
    })),
    downloads: downloadUrls(script, doc.id),
    citations: publishedCitations(doc.id, script, meta, absoluteUrl(documentPath(script, doc.id))),
    clauses: clauses.map((clause) => clauseData(doc, script, clause)),
  };
}

export interface IndexVariant {
  language: string;
  authoritative: boolean;
  title: string;
  url: string;
  downloads: Downloads;
}

export interface IndexDocument {
  id: string;
  docNumber: string | null;
  type: string;
  issuer: string;
  dateSigned: string;
  datePublished: string;
  source: { url: string; publisher: string };
  variants: Record<Script, IndexVariant>;
}

export interface IndexData {
  $schema: string;
  site: string;
  feeds: Record<Script, string>;
  /** Newest first. */
  documents: IndexDocument[];
}

function indexVariant(doc: LoadedDocument, script: Script): IndexVariant {
  const { meta } = doc.variants[script];
  return {
    language: LANG[script],
    authoritative: script === 'zh-hans',
    title: meta.title,
    url: absoluteUrl(documentPath(script, doc.id)),
    downloads: downloadUrls(script, doc.id),
  };
}

const bothScripts = <T>(make: (script: Script) => T): Record<Script, T> => ({
  'zh-hans': make('zh-hans'),
  'zh-hant': make('zh-hant'),
});

/** /data/documents.json: every document, its facts in simplified (as issued) and each script's title and URLs. */
export function indexData(docs: readonly LoadedDocument[]): IndexData {
  return {
    $schema: absoluteUrl(DATA_PATHS.indexSchema),
    site: absoluteUrl('/'),
    feeds: bothScripts((script) => absoluteUrl(feedPath(script))),
    documents: docs.map((doc) => {
      const { meta } = doc.variants['zh-hans'];
      return {
        id: doc.id,
        docNumber: meta.docNumber ?? null,
        type: meta.type,
        issuer: meta.issuer,
        dateSigned: meta.dateSigned,
        datePublished: meta.datePublished,
        source: { url: meta.source.url, publisher: meta.source.publisher },
        variants: bothScripts((script) => indexVariant(doc, script)),
      };
    }),
  };
}
