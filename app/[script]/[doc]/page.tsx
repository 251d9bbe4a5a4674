import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DocumentBody } from '@/app/_components/DocumentBody';
import { getDocument, loadDocuments } from '@/lib/content/load';
import { documentMetadata } from '@/lib/seo/metadata';
import { documentPath, isScript, otherScript, SCRIPT_NAME } from '@/lib/site';
import { SCRIPTS, type TocEntry } from '@/lib/types';

export const dynamicParams = false;

export function generateStaticParams() {
  return SCRIPTS.flatMap((script) => loadDocuments().map((doc) => ({ script, doc: doc.id })));
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

function Toc({ entries }: { entries: TocEntry[] }) {
  return (
    <ol>
      {entries.map((entry) => (
        <li key={entry.id}>
          <a href={`#${entry.id}`}>
            {entry.num} {entry.heading}
          </a>
          {entry.children.length > 0 && <Toc entries={entry.children} />}
        </li>
      ))}
    </ol>
  );
}

export default async function DocumentPage(props: Props) {
  const { script, doc, variant } = await resolve(props);
  const other = otherScript(script);
  return (
    <div className="mx-auto max-w-5xl p-4">
      <header>
        <Link href={documentPath(other, doc.id)} hrefLang={other === 'zh-hans' ? 'zh-Hans' : 'zh-Hant'} lang={other === 'zh-hans' ? 'zh-Hans' : 'zh-Hant'}>
          {SCRIPT_NAME[other]}
        </Link>
      </header>
      <nav aria-label={script === 'zh-hans' ? '目录' : '目錄'}>
        <Toc entries={variant.toc} />
      </nav>
      <main>
        <article>
          <DocumentBody html={variant.html} />
        </article>
      </main>
    </div>
  );
}
