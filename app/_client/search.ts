/**
 * The search box's behaviour, attached to the server-rendered markup of app/_components/search/SearchBox.tsx:
 * a WAI-ARIA combobox with a listbox of results. Nothing search-related is fetched until the reader
 * first focuses the box or types (search/load-engine.ts). The rules live in search/combobox-state.ts
 * as a pure reducer; this module turns DOM events into its events, and search/results-view.ts
 * renders each new state.
 */
import { oneOf } from '@/lib/shared/parse';
import { SEARCH_IDS, SEARCH_TEXT } from '@/lib/shared/ui/search-text';
import { SCOPES } from '@/lib/shared/search/options';
import { SCRIPTS, type Script } from '@/lib/shared/types';
import {
  claimsKey,
  INITIAL_SEARCH,
  initialSearch,
  reduceSearch,
  type SearchEvent,
  type SearchState,
} from './search/combobox-state';
import { loadDocumentSearcher, loadPortalSearch } from './search/load-engine';
import { searchRenderer, type SearchElements } from './search/results-view';
import { focusOnShortcut } from './search/shortcut';

function required<T extends Element>(root: ParentNode, selector: string, type: new () => T): T {
  const element = root.querySelector(selector);
  if (!(element instanceof type)) throw new Error(`search box: no ${selector} in the markup`);
  return element;
}

function searchElements(root: HTMLElement): SearchElements {
  return {
    root,
    input: required(root, `#${SEARCH_IDS.input}`, HTMLInputElement),
    list: required(root, `#${SEARCH_IDS.results}`, HTMLElement),
    status: required(root, `#${SEARCH_IDS.status}`, HTMLElement),
    panel: required(root, '[data-search-panel]', HTMLElement),
    message: required(root, '[data-search-message]', HTMLElement),
    scopes: required(root, '[data-search-scope]', HTMLFieldSetElement),
    more: required(root, '[data-search-more]', HTMLButtonElement),
  };
}

/** Starts what the new state asks for: an engine's load, a portal search, or following a result. */
function effects(
  previous: SearchState,
  state: SearchState,
  { script, docId, input }: { script: Script; docId: string | undefined; input: HTMLInputElement },
  dispatch: (event: SearchEvent) => void,
): void {
  for (const scope of SCOPES) {
    if (state.loads[scope] !== 'loading' || previous.loads[scope] === 'loading') continue;
    const loaded =
      scope === 'document' && docId
        ? loadDocumentSearcher(docId, script).then((searcher) => ({ scope, searcher }))
        : loadPortalSearch(script).then(() => ({ scope, searcher: undefined }));
    loaded.then(
      ({ searcher }) => dispatch({ type: 'loaded', scope, ...(searcher ? { searcher } : {}), value: input.value }),
      () => dispatch({ type: 'failed', scope }),
    );
  }
  const request = state.pending;
  if (request !== null && request !== previous.pending) {
    const { query, limit } = request;
    void loadPortalSearch(script).then((search) =>
      search(query, limit, (outcome, done) => dispatch({ type: 'results', query, limit, outcome, done })),
    );
  }
  if (state.follow) window.location.assign(state.follow);
}

/**
 * Attaches the combobox behaviour to one [data-search] root rendered by SearchBox.tsx. On a
 * document's pages (`docId`) it searches that document, or every document once the reader says so.
 */
export function startSearch(root: HTMLElement, docId?: string): void {
  const script = oneOf(SCRIPTS, root.dataset.search, 'data-search');
  const elements = searchElements(root);
  const { input } = elements;
  const render = searchRenderer(elements, SEARCH_TEXT[script]);
  let state = initialSearch(input.value, docId !== undefined);
  const dispatch = (event: SearchEvent): void => {
    const previous = state;
    state = reduceSearch(previous, event);
    if (state === previous) return;
    render(previous, state);
    effects(previous, state, { script, docId, input }, dispatch);
  };
  render(INITIAL_SEARCH, state);
  listen(elements, dispatch, (key, composing) => claimsKey(state, key, composing));
  focusOnShortcut(input);
  // The script arrives after the text has painted: a reader who is already in the box (the first
  // focus is what loads it) or has typed there is served now, not at the next keystroke.
  if (document.activeElement === input) {
    dispatch({ type: 'focus', value: input.value });
    if (input.value.trim() !== '') dispatch({ type: 'input', value: input.value, composing: false });
  }
}

/** Turns the box's DOM events into reducer events; `claims` says whether a key is the box's to handle. */
function listen(
  { root, input, list, scopes, more }: SearchElements,
  dispatch: (event: SearchEvent) => void,
  claims: (key: string, composing: boolean) => boolean,
): void {
  input.addEventListener('focus', () => dispatch({ type: 'focus', value: input.value }));
  input.addEventListener('input', (event) =>
    dispatch({ type: 'input', value: input.value, composing: event instanceof InputEvent && event.isComposing }),
  );
  input.addEventListener('compositionstart', () => dispatch({ type: 'compositionstart' }));
  input.addEventListener('compositionend', () => dispatch({ type: 'compositionend', value: input.value }));
  input.addEventListener('keydown', (event) => {
    const claimed = claims(event.key, event.isComposing) && !(event.key === 'Tab' && event.shiftKey);
    if (claimed) event.preventDefault();
    dispatch({ type: 'key', key: event.key, composing: event.isComposing, value: input.value });
    // With a choice of scope in the open panel, Tab goes to it (the list stays open).
    if (claimed && event.key === 'Tab') scopes.querySelector<HTMLInputElement>('input:checked')?.focus();
  });
  scopes.addEventListener('change', (event) => {
    const radio = event.target;
    const scope = radio instanceof HTMLInputElement ? SCOPES.find((s) => s === radio.value) : undefined;
    if (scope) dispatch({ type: 'scope', scope, value: input.value });
  });
  root.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node && root.contains(event.relatedTarget))) dispatch({ type: 'focusout' });
  });
  // Keeps focus in the input while a result (or 显示更多结果) is clicked, so the list does not close first.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  more.addEventListener('mousedown', (event) => event.preventDefault());
  more.addEventListener('click', () => dispatch({ type: 'more' }));
  list.addEventListener('click', () => dispatch({ type: 'pick' }));
  list.addEventListener('mousemove', (event) => {
    const option = event.target instanceof Element ? event.target.closest('[role="option"]') : null;
    if (option) dispatch({ type: 'hover', index: Array.from(list.children).indexOf(option) });
  });
}
