import type { ReactNode } from 'react';
import { JsonLd } from '@/app/_components/JsonLd';
import { getDocument } from '@/lib/build/corpus';
import { documentJsonLd } from '@/lib/build/pages/jsonld';
import { isScript } from '@/lib/shared/routes';

/**
 * Carries the document's schema.org Legislation on the document page and on its clause pages
 * (whose own Legislation points at it with isPartOf). It lives here rather than in the page so the
 * page body stays the reader's alone.
 */
export default async function DocumentLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ script: string; doc: string }>;
}) {
  const { script, doc: docId } = await params;
  const doc = getDocument(docId);
  return (
    <>
      {doc && isScript(script) && <JsonLd data={documentJsonLd(doc, script)} />}
      {children}
    </>
  );
}
