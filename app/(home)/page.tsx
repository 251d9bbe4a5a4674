import type { Metadata } from 'next';
import { LatestDocuments } from '@/app/_components/browse/LatestDocuments';
import { WaysIn } from '@/app/_components/browse/WaysIn';
import { SearchBox } from '@/app/_components/search/SearchBox';
import { SEARCH_TEXT } from '@/lib/shared/ui/search-text';
import { SCRIPT_PREFERENCE_KEY } from '@/lib/shared/ui/strings';
import { corpusEntries } from '@/lib/build/corpus';
import { homeMetadata } from '@/lib/build/pages/metadata';
import { LANG, scriptHomePath } from '@/lib/shared/routes';
import { SCRIPTS } from '@/lib/shared/types';

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

/**
 * The bilingual entry page: per script, the newest documents and the ways into all of them (by year,
 * issuer and 文种), so it stays the same size whatever the number of documents.
 */
export default function HomePage() {
  const entries = corpusEntries();
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
      <main id="main" className="home">
        <h1>政策文件</h1>
        <p className="home-scripts">
          <a href={scriptHomePath('zh-hans')}>简体</a>
          {' · '}
          <a href={scriptHomePath('zh-hant')} lang="zh-Hant" hrefLang="zh-Hant">
            繁體
          </a>
        </p>
        <div className="doc-list">
          {SCRIPTS.map((script) => (
            <section
              key={script}
              aria-labelledby={script}
              className="home-script"
              lang={script === 'zh-hant' ? LANG[script] : undefined}
            >
              <h2 id={script}>{script === 'zh-hans' ? '简体' : '繁體'}</h2>
              <div className="home-grid">
                <LatestDocuments script={script} entries={entries} headingLevel={3} within={script} />
                <WaysIn script={script} entries={entries} headingLevel={3} within={script} />
              </div>
            </section>
          ))}
        </div>
        {/* id: scripts/strip-runtime.ts keeps inline scripts it recognises and fails on any other. */}
        <script id="script-preference" dangerouslySetInnerHTML={{ __html: preferScript }} />
      </main>
    </>
  );
}
