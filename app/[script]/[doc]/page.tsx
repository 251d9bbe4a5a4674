import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Crumbs } from '@/app/_components/browse/Crumbs';
import { documentTrail } from '@/app/_components/browse/DocumentCrumbs';
import { DocumentBody } from '@/app/_components/DocumentBody';
import { DocumentHeader } from '@/app/_components/DocumentHeader';
import { Downloads } from '@/app/_components/Downloads';
import { Navigator, NavigatorButton } from '@/app/_components/Navigator';
import { readerData } from '@/lib/shared/reader-data';
import { PrintFooter } from '@/app/_components/PrintFooter';
import { ReaderData } from '@/app/_components/ReaderData';
import { ScriptToggle } from '@/app/_components/ScriptToggle';
import { corpusEntries, corpusEntry, getDocument } from '@/lib/build/corpus';
import { documentFacetPaths } from '@/lib/build/pages/listings';
import { documentMetadata } from '@/lib/build/pages/metadata';
import { documentPath, isScript, otherScript } from '@/lib/shared/routes';
import { SCRIPTS } from '@/lib/shared/types';
import { CONFIGURED_SITE_URL } from '@/lib/build/env';
import { citationTemplates } from '@/lib/build/citation';

export const dynamicParams = false;

export function generateStaticParams() {
  return SCRIPTS.flatMap((script) => corpusEntries().map((entry) => ({ script, doc: entry.id })));
}

type Props = { params: Promise<{ script: string; doc: string }> };

async function resolve(props: Props) {
  const { script, doc: docId } = await props.params;
  const doc = getDocument(docId);
  if (!isScript(script) || !doc) notFound();
  return { script, doc, variant: doc.variants[script] };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { script, doc } = await resolve(props);
  return documentMetadata(doc, script);
}

/** The document page: metadata, the notice and its annexes in 公文 form, the navigator, and the copy actions. */
export default async function DocumentPage(props: Props) {
  const { script, doc, variant } = await resolve(props);
  const path = documentPath(script, doc.id);
  const { meta } = variant;
  return (
    <div className="reader">
      <Navigator script={script} toc={variant.toc} />
      <main id="main" className="reader-main">
        <Crumbs
          script={script}
          trail={[...documentTrail(script, meta), { label: meta.title, href: path, isTitle: true }]}
        />
        {/* Sticky, so the toggle (and on phones the navigator) is in reach wherever the reader is: the place travels with it. */}
        <div className="reader-bar">
          <NavigatorButton script={script} />
          <ScriptToggle script={script} href={documentPath(otherScript(script), doc.id)} />
        </div>
        <article className="doc">
          <DocumentHeader script={script} meta={meta} facetPaths={documentFacetPaths(corpusEntry(doc), script)} />
          <DocumentBody html={variant.html} />
        </article>
        <Downloads script={script} docId={doc.id} />
        <PrintFooter script={script} path={path} title={meta.title} docNumber={meta.docNumber} />
      </main>
      <p id="reader-status" className="reader-status" role="status" aria-live="polite" />
      <ReaderData
        data={readerData(
          script,
          CONFIGURED_SITE_URL,
          { docId: doc.id, linkPath: path },
          variant,
          citationTemplates(doc.id, script, meta),
        )}
      />
    </div>
  );
}
