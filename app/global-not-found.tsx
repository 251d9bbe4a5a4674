import type { Metadata } from 'next';
import { corpusEntries } from '@/lib/build/corpus';
import { notFoundMetadata } from '@/lib/build/pages/metadata';
import { LATEST_COUNT } from '@/app/_components/browse/LatestDocuments';
import { documentPath, documentsPath, LANG, scriptHomePath } from '@/lib/shared/routes';
import type { Script } from '@/lib/shared/types';
import './globals.css';

export const metadata: Metadata = notFoundMetadata;

const TEXT: Record<
  Script,
  { heading: string; explain: string; documents: string; all: string; search: string; home: string }
> = {
  'zh-hans': {
    heading: '页面未找到',
    explain: '这个网址没有页面：可能输错了，或链接已经失效。',
    documents: '阅读文件全文',
    all: '全部文件',
    search: '在全文中搜索',
    home: '返回首页',
  },
  'zh-hant': {
    heading: '頁面未找到',
    explain: '這個網址沒有頁面：可能輸錯了，或連結已經失效。',
    documents: '閱讀文件全文',
    all: '全部文件',
    search: '在全文中搜尋',
    home: '返回首頁',
  },
};

/** One script's half of the 404 page: what happened, and the ways back. */
function Way({ script, level }: { script: Script; level: 1 | 2 }) {
  const text = TEXT[script];
  const Heading = level === 1 ? 'h1' : 'h2';
  const docs = corpusEntries();
  // Every script page has the search box, and it searches every document. With one document its page
  // is the best place to land (search, or just read); with several, no one document is: the list is.
  const only = docs.length === 1 ? docs[0] : undefined;
  const searchPath = only ? documentPath(script, only.id) : scriptHomePath(script);
  return (
    <section lang={LANG[script]} aria-labelledby={`nf-${script}`} className="my-6">
      <Heading id={`nf-${script}`} className={level === 1 ? 'text-2xl font-bold' : 'text-xl font-bold'}>
        {text.heading}
      </Heading>
      <p className="my-2">{text.explain}</p>
      <ul className="list-disc pl-6">
        {/* The newest few: the page is the same for every unknown URL, and must not grow with the corpus. */}
        {docs.slice(0, LATEST_COUNT).map((doc) => (
          <li key={doc.id}>
            {text.documents}：<a href={documentPath(script, doc.id)}>{doc.variants[script].title}</a>
          </li>
        ))}
        <li>
          <a href={documentsPath(script)}>{text.all}</a>
        </li>
        <li>
          <a href={searchPath}>{text.search}</a>
        </li>
        <li>
          <a href={scriptHomePath(script)}>{text.home}</a>
        </li>
      </ul>
    </section>
  );
}

/**
 * The whole 404 document, for any URL the export has no page for. A static host serves one 404.html
 * whatever the path, so it speaks both scripts: simplified first (the <html lang>), then traditional.
 */
export default function GlobalNotFound() {
  return (
    <html lang={LANG['zh-hans']}>
      <body>
        <main className="mx-auto max-w-3xl p-4 [&_a]:underline [&_a]:underline-offset-4">
          <Way script="zh-hans" level={1} />
          <Way script="zh-hant" level={2} />
        </main>
      </body>
    </html>
  );
}
