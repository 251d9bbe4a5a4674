import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ancestors, numberedHeading } from '@/lib/shared/clauses';
import { documentTrail } from '@/app/_components/browse/DocumentCrumbs';
import { DocumentBody } from '@/app/_components/DocumentBody';
import { JsonLd } from '@/app/_components/JsonLd';
import { readerData } from '@/lib/shared/reader-data';
import { Phrases } from '@/app/_components/Phrases';
import { PrintFooter } from '@/app/_components/PrintFooter';
import { ReaderData } from '@/app/_components/ReaderData';
import { ScriptToggle } from '@/app/_components/ScriptToggle';
import { corpusEntries, getDocument } from '@/lib/build/corpus';
import { crumbLabel, neighbours, pagedClauses, qualifiedLabel } from '@/lib/build/pages/clauses';
import { clauseJsonLd } from '@/lib/build/pages/jsonld';
import { clauseMetadata } from '@/lib/build/pages/metadata';
import { clausePath, documentPath, isScript, otherScript } from '@/lib/shared/routes';
import { SCRIPTS, type Clause, type Script } from '@/lib/shared/types';
import { CONFIGURED_SITE_URL } from '@/lib/build/env';
import { citationTemplates } from '@/lib/build/citation';

export const dynamicParams = false;

/** One page per part and item, in both scripts. */
export function generateStaticParams() {
  return SCRIPTS.flatMap((script) =>
    corpusEntries().flatMap((entry) => entry.pagedClauses.map((clause) => ({ script, doc: entry.id, clause }))),
  );
}

type Props = { params: Promise<{ script: string; doc: string; clause: string }> };

async function resolve(props: Props) {
  const { script, doc: docId, clause: clauseId } = await props.params;
  const doc = getDocument(docId);
  if (!isScript(script) || !doc) notFound();
  const variant = doc.variants[script];
  const clause = pagedClauses(variant.clauses).find((c) => c.id === clauseId);
  if (!clause) notFound();
  return { script, doc, variant, clause };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { script, doc, clause } = await resolve(props);
  return clauseMetadata(doc, script, clause);
}

const UI: Record<Script, { breadcrumb: string; pager: string; previous: string; next: string; inDocument: string }> = {
  'zh-hans': {
    breadcrumb: '当前位置',
    pager: '上一条和下一条',
    previous: '上一条',
    next: '下一条',
    inDocument: '在全文中阅读本条',
  },
  'zh-hant': {
    breadcrumb: '當前位置',
    pager: '上一條和下一條',
    previous: '上一條',
    next: '下一條',
    inDocument: '在全文中閱讀本條',
  },
};

/** A part or item on a page of its own: breadcrumb, the clause's full text, and the way on. */
export default async function ClausePage(props: Props) {
  const { script, doc, variant, clause } = await resolve(props);
  const ui = UI[script];
  const other = otherScript(script);
  const paged = new Set(pagedClauses(variant.clauses).map((c) => c.id));
  // Ancestors with a page link to it; the annex, which has none, links to its place in the document.
  const crumbHref = (c: Clause): string =>
    paged.has(c.id) ? clausePath(script, doc.id, c.id) : `${documentPath(script, doc.id)}#${c.id}`;
  const { previous, next } = neighbours(variant.clauses, clause);
  return (
    <div className="mx-auto max-w-[42em] p-4 [&_a]:underline [&_a]:underline-offset-4">
      <nav aria-label={ui.breadcrumb} className="crumbs">
        <ol>
          {documentTrail(script, variant.meta).map((step, i) => (
            <li key={step.href}>
              {i > 0 && <span aria-hidden="true">› </span>}
              <a href={step.href}>{step.label}</a>
            </li>
          ))}
          <li className="crumb-title">
            <span aria-hidden="true">› </span>
            <a href={documentPath(script, doc.id)}>{variant.meta.title}</a>
          </li>
          {ancestors(variant.clauses, clause.id).map((c) => (
            <li key={c.id}>
              <span aria-hidden="true">› </span>
              <a href={crumbHref(c)}>{crumbLabel(c)}</a>
            </li>
          ))}
          <li>
            <span aria-hidden="true">› </span>
            <a href={clausePath(script, doc.id, clause.id)} aria-current="page">
              {numberedHeading(clause)}
            </a>
          </li>
        </ol>
      </nav>
      <main id="main">
        {/* Inside <main>, like the document page's bar: the layout's site header is the one banner, and axe wants every bit of content in a landmark.
            It holds only the toggle: the header's site name already leads home. */}
        <div className="reader-bar">
          <ScriptToggle script={script} href={clausePath(other, doc.id, clause.id)} />
        </div>
        <article className="doc clause-doc">
          <DocumentBody html={clause.html} />
        </article>
        <p className="in-document">
          <a href={`${documentPath(script, doc.id)}#${clause.id}`}>{ui.inDocument}</a>
        </p>
        <PrintFooter
          script={script}
          path={clausePath(script, doc.id, clause.id)}
          title={variant.meta.title}
          docNumber={variant.meta.docNumber}
        />
      </main>
      <nav aria-label={ui.pager} className="pager">
        {previous && (
          <a href={clausePath(script, doc.id, previous.id)} rel="prev">
            {ui.previous}：<Phrases text={qualifiedLabel(variant.clauses, previous)} />
          </a>
        )}
        {next && (
          <a href={clausePath(script, doc.id, next.id)} rel="next">
            {ui.next}：<Phrases text={qualifiedLabel(variant.clauses, next)} />
          </a>
        )}
      </nav>
      <p id="reader-status" className="reader-status" role="status" aria-live="polite" />
      {/* Copied links point into the full document (…/#id), the one address every clause shares. */}
      <ReaderData
        data={readerData(
          script,
          CONFIGURED_SITE_URL,
          { docId: doc.id, linkPath: documentPath(script, doc.id) },
          variant,
          citationTemplates(doc.id, script, variant.meta),
        )}
      />
      <JsonLd data={clauseJsonLd(doc, script, clause)} />
    </div>
  );
}
