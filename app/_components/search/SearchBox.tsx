/**
 * The site search box's markup: a WAI-ARIA combobox with an (empty) listbox of results, rendered on
 * the server. app/_client/search.ts attaches the behaviour to every [data-search] root; nothing
 * search-related is fetched until the reader first focuses the box or types. Without JavaScript the
 * box is inert, as it was before (the results need the client-side engine).
 */
import type { Script } from '@/lib/types';
import { SEARCH_IDS, SEARCH_TEXT } from './text';

export function SearchBox({ script }: { script: Script }) {
  const text = SEARCH_TEXT[script];
  return (
    <div role="search" className="relative w-full max-w-xl" data-search={script}>
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
        className="w-full rounded-md border border-gray-400 bg-white px-3 py-2 text-base text-gray-900 placeholder:text-gray-600 focus:border-blue-700 focus:outline-2 focus:outline-blue-700"
      />
      <div hidden data-search-panel="" className="absolute inset-x-0 top-full z-50 mt-1 max-h-[70vh] overflow-y-auto rounded-md border border-gray-300 bg-white shadow-lg">
        <div id={SEARCH_IDS.results} role="listbox" aria-label={text.results} hidden />
        <p hidden data-search-message="" className="px-3 py-2 text-sm text-gray-700" />
      </div>
      <p id={SEARCH_IDS.status} role="status" className="sr-only" />
    </div>
  );
}
