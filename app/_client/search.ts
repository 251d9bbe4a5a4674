/**
 * The search box's behaviour, attached to the server-rendered markup of app/_components/search/SearchBox.tsx:
 * a WAI-ARIA combobox with a listbox of results. Nothing search-related is fetched until the reader
 * first focuses the box or types (search/load-engine.ts). The rules live in search/combobox-state.ts
 * as a pure reducer; this module turns DOM events into its events, and search/results-view.ts
 * renders each new state.
 */
import { oneOf } from '@/lib/shared/parse';
import { SEARCH_IDS, SEARCH_TEXT } from '@/lib/shared/ui/search-text';
import { SCRIPTS } from '@/lib/shared/types';
import { claimsKey, INITIAL_SEARCH, reduceSearch, type SearchEvent } from './search/combobox-state';
import { loadSearcher } from './search/load-engine';
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
  };
}

/** Attaches the combobox behaviour to one [data-search] root rendered by SearchBox.tsx. */
export function startSearch(root: HTMLElement): void {
  const script = oneOf(SCRIPTS, root.dataset.search, 'data-search');
  const elements = searchElements(root);
  const { input } = elements;
  const render = searchRenderer(elements, SEARCH_TEXT[script]);
  let state = { ...INITIAL_SEARCH, query: input.value };

  const dispatch = (event: SearchEvent): void => {
    const previous = state;
    state = reduceSearch(previous, event);
    if (state === previous) return;
    render(previous, state);
    if (state.load === 'loading' && previous.load !== 'loading') {
      loadSearcher(script).then(
        (searcher) => dispatch({ type: 'loaded', searcher, value: input.value }),
        () => dispatch({ type: 'failed' }),
      );
    }
    if (state.follow) window.location.assign(state.follow);
  };

  listen(elements, dispatch, (key, composing) => claimsKey(state, key, composing));
  focusOnShortcut(input);
}

/** Turns the box's DOM events into reducer events; `claims` says whether a key is the box's to handle. */
function listen(
  { root, input, list }: SearchElements,
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
    if (claims(event.key, event.isComposing)) event.preventDefault();
    dispatch({ type: 'key', key: event.key, composing: event.isComposing, value: input.value });
  });
  root.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node && root.contains(event.relatedTarget))) dispatch({ type: 'focusout' });
  });
  // Keeps focus in the input while a result is clicked, so the list does not close first.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', () => dispatch({ type: 'pick' }));
  list.addEventListener('mousemove', (event) => {
    const option = event.target instanceof Element ? event.target.closest('[role="option"]') : null;
    if (option) dispatch({ type: 'hover', index: Array.from(list.children).indexOf(option) });
  });
}
