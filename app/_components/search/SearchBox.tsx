/**
 * The site search box's markup: a WAI-ARIA combobox with an (empty) listbox of results, rendered on
 * the server. app/_client/search.ts attaches the behaviour to every [data-search] root; nothing
 * search-related is fetched until the reader first focuses the box or types. The results need the
 * client-side engine, so without JavaScript the box is hidden (globals.css) rather than left inert.
 */
import type { Script } from '@/lib/shared/types';
import { SCOPES } from '@/lib/shared/search/options';
import { SEARCH_IDS, SEARCH_TEXT } from '@/lib/shared/ui/search-text';

export function SearchBox({ script }: { script: Script }) {
  const text = SEARCH_TEXT[script];
  return (
    <div role="search" className="search" data-search={script}>
      <label htmlFor={SEARCH_IDS.input} className="sr-only">
        {text.label}
      </label>
      <input
        id={SEARCH_IDS.input}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded="false"
        aria-controls={SEARCH_IDS.results}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        placeholder={text.placeholder}
        className="search-input"
      />
      {/*
        tabIndex 0: a list longer than the panel scrolls, and a scrolling region must be reachable by
        keyboard (axe scrollable-region-focusable). Tab from the box closes the list first
        (app/_client/search.ts), so the panel is a stop only when the box has lost focus with it open.
      */}
      <div hidden data-search-panel="" className="search-panel" tabIndex={0}>
        {/* On a document's pages the box searches 本文件 or 全部文件; app/_client/search.ts shows the choice there. */}
        <fieldset hidden data-search-scope="" className="search-scope">
          <legend className="sr-only">{text.scope}</legend>
          {SCOPES.map((scope) => (
            <label key={scope}>
              <input type="radio" name="search-scope" value={scope} defaultChecked={scope === 'document'} />
              {text.scopes[scope]}
            </label>
          ))}
        </fieldset>
        <div id={SEARCH_IDS.results} role="listbox" aria-label={text.results} hidden />
        <p hidden data-search-message="" className="search-message" />
      </div>
      <p id={SEARCH_IDS.status} role="status" className="sr-only" />
    </div>
  );
}
