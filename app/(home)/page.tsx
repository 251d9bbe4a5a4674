import Link from 'next/link';
import { loadDocuments } from '@/lib/content/load';
import { documentPath } from '@/lib/site';

export default function HomePage() {
  const docs = loadDocuments();
  return (
    <main className="mx-auto max-w-3xl p-4">
      <h1 className="text-2xl font-bold">政策文件</h1>
      <ul className="doc-list">
        {docs.map((doc) => {
          const hans = doc.variants['zh-hans'].meta;
          const hant = doc.variants['zh-hant'].meta;
          return (
            <li key={doc.id} className="my-4">
              <p>
                <Link href={documentPath('zh-hans', doc.id)}>{hans.title}</Link>
              </p>
              <p lang="zh-Hant">
                <Link href={documentPath('zh-hant', doc.id)}>{hant.title}</Link>
              </p>
              <p>
                {hans.docNumber} · <time dateTime={hans.dateSigned}>{hans.dateSigned}</time>
              </p>
            </li>
          );
        })}
      </ul>
    </main>
  );
}
