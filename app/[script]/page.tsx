import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { loadDocuments } from '@/lib/content/load';
import { documentPath, isScript } from '@/lib/site';

// Every page needs a <title> to be valid HTML (the Nu Html Checker flags its absence as an error).
export const metadata: Metadata = { title: '政策文件' };

/** The document list in one script. */
export default async function ScriptHome({ params }: { params: Promise<{ script: string }> }) {
  const { script } = await params;
  if (!isScript(script)) notFound();
  return (
    <main className="mx-auto max-w-3xl p-4">
      <h1 className="text-2xl font-bold">{script === 'zh-hans' ? '政策文件' : '政策文件'}</h1>
      <ul>
        {loadDocuments().map((doc) => {
          const meta = doc.variants[script].meta;
          return (
            <li key={doc.id} className="my-4">
              <Link href={documentPath(script, doc.id)}>{meta.title}</Link>
              <p>
                {meta.docNumber} · <time dateTime={meta.dateSigned}>{meta.dateSigned}</time>
              </p>
            </li>
          );
        })}
      </ul>
    </main>
  );
}
