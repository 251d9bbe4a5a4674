import type { Metadata } from 'next';
import { DocumentList } from '@/app/_components/DocumentList';
import { SearchBox } from '@/app/_components/search/SearchBox';
import { SEARCH_TEXT } from '@/lib/shared/ui/search-text';
import { SCRIPT_PREFERENCE_KEY } from '@/lib/shared/ui/strings';
import { corpusEntries } from '@/lib/build/corpus';
import { homeMetadata } from '@/lib/build/pages/metadata';
import { scriptHomePath } from '@/lib/shared/routes';

export function generateMetadata(): Metadata {
  return homeMetadata(corpusEntries());
}

/**
 * Runs as soon as the list is parsed, before it is painted, when the reader chose 繁體 with the toggle:
 * puts the traditional section first (moving the elements, not reordering them with CSS, so reading and
 * tab order follow what is seen) and turns the header's search box to the traditional script, so its
 * words and its results (app/_client/search.ts reads data-search when first used) are in that script.
 */
const hant = SEARCH_TEXT['zh-hant'];
const preferScript = `try{if(localStorage.getItem(${JSON.stringify(SCRIPT_PREFERENCE_KEY)})==='zh-hant'){var l=document.currentScript.previousElementSibling;l.prepend(l.querySelector('[lang="zh-Hant"]'));var r=document.querySelector('[data-search]');r.dataset.search='zh-hant';r.lang='zh-Hant';r.querySelector('label').textContent=${JSON.stringify(hant.label)};r.querySelector('input').placeholder=${JSON.stringify(hant.placeholder)};r.querySelector('[role=listbox]').setAttribute('aria-label',${JSON.stringify(hant.results)})}}catch(e){}`;

/** The bilingual entry page: every document in both scripts, and the way to each script's home. */
export default function HomePage() {
  return (
    <>
      <a className="skip-link" href="#main">
        跳到正文
      </a>
      <header role="banner" className="site-header">
        <a className="site-name" href="/">
          政策文件
        </a>
        <SearchBox script="zh-hans" />
      </header>
      <main id="main" className="mx-auto max-w-3xl p-4 [&_a]:underline [&_a]:underline-offset-4">
        <h1 className="text-2xl font-bold">政策文件</h1>
        <p className="my-2">
          <a href={scriptHomePath('zh-hans')}>简体</a>
          {' · '}
          <a href={scriptHomePath('zh-hant')} lang="zh-Hant" hrefLang="zh-Hant">
            繁體
          </a>
        </p>
        <div className="doc-list">
          <section aria-labelledby="hans" className="my-6">
            <h2 id="hans" className="text-xl font-bold">
              简体
            </h2>
            <DocumentList script="zh-hans" headingLevel={3} />
          </section>
          <section aria-labelledby="hant" className="my-6" lang="zh-Hant">
            <h2 id="hant" className="text-xl font-bold">
              繁體
            </h2>
            <DocumentList script="zh-hant" headingLevel={3} />
          </section>
        </div>
        {/* id: scripts/strip-runtime.ts keeps inline scripts it recognises and fails on any other. */}
        <script id="script-preference" dangerouslySetInnerHTML={{ __html: preferScript }} />
      </main>
    </>
  );
}
