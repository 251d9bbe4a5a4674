/**
 * schema.org structured data (JSON-LD) for documents and clauses, built with schema-dts types so
 * a misspelt property fails the type check. Build-time only.
 */
import type { BreadcrumbList, GovernmentOrganization, Graph, Legislation, ListItem } from 'schema-dts';
import type { LoadedDocument } from '../corpus/index.ts';
import { clausePath, documentPath, facetPath, LANG, scriptHomePath } from '../../shared/routes.ts';
import { ancestors, numberedHeading } from '../../shared/clauses.ts';
import type { Clause, Script } from '../../shared/types.ts';
import { crumbLabel, leadText, pagedClauses, summarize } from './clauses.ts';
import { absoluteUrl } from '../env.ts';
import { SITE_NAME } from './metadata.ts';
import { listedYear, yearLabel } from './listings.ts';

/** The node id of the document as published in one script; clause nodes point at it. */
export function documentNodeId(docId: string, script: Script): string {
  return `${absoluteUrl(documentPath(script, docId))}#legislation`;
}

function clauseNodeId(docId: string, script: Script, clauseId: string): string {
  return `${absoluteUrl(clausePath(script, docId, clauseId))}#legislation`;
}

/**
 * Where a clause is read: paged clauses (parts, items) on their own page, others (the annex) as an
 * anchor in the document.
 */
function clauseUrl(doc: LoadedDocument, script: Script, clause: Clause, paged: ReadonlySet<string>): string {
  return paged.has(clause.id)
    ? absoluteUrl(clausePath(script, doc.id, clause.id))
    : `${absoluteUrl(documentPath(script, doc.id))}#${clause.id}`;
}

function issuer(doc: LoadedDocument, script: Script): GovernmentOrganization {
  return { '@type': 'GovernmentOrganization', name: doc.variants[script].meta.issuer };
}

/** The 文号 as issued (simplified), in both scripts: an identifier must not change with the script; none if absent. */
function identifier(doc: LoadedDocument): Pick<Legislation, 'legislationIdentifier'> {
  const number = doc.variants['zh-hans'].meta.docNumber;
  return number ? { legislationIdentifier: number } : {};
}

/** The document as schema.org Legislation. */
export function documentLegislation(doc: LoadedDocument, script: Script): Legislation {
  const { meta, clauses } = doc.variants[script];
  const paged = new Set(pagedClauses(clauses).map((c) => c.id));
  const part = (clause: Clause): Legislation => {
    const children = clauses.filter((c) => c.parent === clause.id && (paged.has(c.id) || c.kind === 'att'));
    return {
      '@type': 'Legislation',
      '@id': paged.has(clause.id)
        ? clauseNodeId(doc.id, script, clause.id)
        : `${absoluteUrl(documentPath(script, doc.id))}#${clause.id}`,
      name: numberedHeading(clause),
      url: clauseUrl(doc, script, clause, paged),
      ...(children.length > 0 ? { hasPart: children.map(part) } : {}),
    };
  };
  return {
    '@type': 'Legislation',
    '@id': documentNodeId(doc.id, script),
    name: meta.title,
    ...identifier(doc),
    legislationType: meta.type,
    legislationDate: meta.dateSigned,
    datePublished: meta.datePublished,
    legislationPassedBy: issuer(doc, script),
    legislationJurisdiction: 'CN',
    inLanguage: LANG[script],
    url: absoluteUrl(documentPath(script, doc.id)),
    isBasedOn: meta.source.url,
    hasPart: clauses.filter((c) => c.kind === 'att' && c.parent === null).map(part),
  };
}

/** The document's JSON-LD: one Legislation node with its annex and parts. */
export function documentJsonLd(doc: LoadedDocument, script: Script): Graph {
  return { '@context': 'https://schema.org', '@graph': [documentLegislation(doc, script)] };
}

/** A clause page's JSON-LD: the clause as Legislation, part of the document, and its breadcrumb. */
export function clauseJsonLd(doc: LoadedDocument, script: Script, clause: Clause): Graph {
  const { meta, clauses } = doc.variants[script];
  const paged = new Set(pagedClauses(clauses).map((c) => c.id));
  const url = absoluteUrl(clausePath(script, doc.id, clause.id));
  const legislation: Legislation = {
    '@type': 'Legislation',
    '@id': clauseNodeId(doc.id, script, clause.id),
    name: numberedHeading(clause),
    description: summarize(leadText(clauses, clause)),
    url,
    inLanguage: LANG[script],
    legislationJurisdiction: 'CN',
    legislationPassedBy: issuer(doc, script),
    legislationDate: meta.dateSigned,
    datePublished: meta.datePublished,
    isPartOf: {
      '@type': 'Legislation',
      '@id': documentNodeId(doc.id, script),
      name: meta.title,
      ...identifier(doc),
      url: absoluteUrl(documentPath(script, doc.id)),
    },
  };
  const trail: Array<{ name: string; url: string }> = [
    { name: SITE_NAME[script], url: absoluteUrl(scriptHomePath(script)) },
    { name: yearLabel(listedYear(meta)), url: absoluteUrl(facetPath(script, 'years', listedYear(meta))) },
    { name: meta.title, url: absoluteUrl(documentPath(script, doc.id)) },
    ...ancestors(clauses, clause.id).map((c) => ({ name: crumbLabel(c), url: clauseUrl(doc, script, c, paged) })),
    { name: numberedHeading(clause), url },
  ];
  const breadcrumb: BreadcrumbList = {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((step, index): ListItem => ({
      '@type': 'ListItem',
      position: index + 1,
      name: step.name,
      item: step.url,
    })),
  };
  return { '@context': 'https://schema.org', '@graph': [legislation, breadcrumb] };
}

/**
 * JSON for a <script type="application/ld+json"> element. `<` is escaped so no text in the data
 * (a heading quoting "</script>") can end the element early.
 */
export function serializeJsonLd(data: Graph): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
