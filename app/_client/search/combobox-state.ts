/**
 * The search combobox as a pure state machine: reduceSearch(state, event) → state for every DOM event
 * the box reacts to, and searchView(state) for what the markup should show. search.ts feeds it the
 * events and results-view.ts renders the view, so the rules below can be tested without a browser.
 */
import type { SearchOutcome, Searcher } from '@/lib/shared/search/engine';
import type { Scope } from '@/lib/shared/search/options';
import type { SEARCH_TEXT } from '@/lib/shared/ui/search-text';
import type { Script } from '@/lib/shared/types';

/** An engine's load: nothing is fetched until first use; a failed load is tried again on the next use. */
export type Load = 'idle' | 'loading' | 'ready' | 'failed';

/** Results as the list shows them; `more` when the portal has candidates it has not checked yet. */
export type Outcome = SearchOutcome & { more?: boolean };

export interface SearchState {
  /** What is searched: the document being read, or every document. */
  scope: Scope;
  /** The scopes this page offers: both on a document's pages, the portal alone elsewhere. */
  scopes: readonly Scope[];
  /** Each scope's engine: the document's is searched here, the portal's asynchronously (see `pending`). */
  loads: Record<Scope, Load>;
  /** The document scope's engine, once loaded. */
  searcher: Pick<Searcher, 'search'> | null;
  /** The text the portal is searching for; its results arrive as 'results' events. */
  pending: string | null;
  /** An IME is composing: the text it shows so far (pinyin) is not a query. */
  composing: boolean;
  /** The box's text as last seen. */
  query: string;
  /** The results of the last text searched; null before the engine has loaded, or for blank text. */
  outcome: Outcome | null;
  /** Whether the list (or its message) is open. */
  open: boolean;
  /** The highlighted result, -1 for none. */
  active: number;
  /** A result to open now (Enter chose it), only in the state that an event produced. */
  follow: string | null;
}

/** Events carry the box's value where the box reacts to its text. */
export type SearchEvent =
  | { type: 'focus'; value: string }
  | { type: 'input'; value: string; composing: boolean }
  | { type: 'compositionstart' }
  | { type: 'compositionend'; value: string }
  | { type: 'loaded'; scope: Scope; searcher?: Pick<Searcher, 'search'>; value: string }
  | { type: 'failed'; scope: Scope }
  /** The portal's results for `query` so far; `done` once it has finished. */
  | { type: 'results'; query: string; outcome: Outcome; done: boolean }
  /** The reader chose what to search. */
  | { type: 'scope'; scope: Scope; value: string }
  | { type: 'key'; key: string; composing: boolean; value: string }
  /** Focus left the search box and its results. */
  | { type: 'focusout' }
  /** A result was clicked. */
  | { type: 'pick' }
  /** The pointer is over result `index`. */
  | { type: 'hover'; index: number };

export const INITIAL_SEARCH: SearchState = {
  scope: 'portal',
  scopes: ['portal'],
  loads: { document: 'idle', portal: 'idle' },
  searcher: null,
  pending: null,
  composing: false,
  query: '',
  outcome: null,
  open: false,
  active: -1,
  follow: null,
};

const blank = (text: string): boolean => text.trim() === '';

/** How many results the list shows. */
export const resultCount = (state: SearchState): number => state.outcome?.results.length ?? 0;

/** The state of a page: the document scope where there is a document, the portal elsewhere. */
export function initialSearch(query: string, hasDocument: boolean): SearchState {
  return hasDocument
    ? { ...INITIAL_SEARCH, query, scope: 'document', scopes: ['document', 'portal'] }
    : { ...INITIAL_SEARCH, query };
}

/** The current scope's load. */
export const loadOf = (state: SearchState): Load => state.loads[state.scope];

/** First use starts the current scope's load, as does the next use after a failure. */
function used(state: SearchState): SearchState {
  const load = loadOf(state);
  return load === 'idle' || load === 'failed'
    ? { ...state, loads: { ...state.loads, [state.scope]: 'loading' } }
    : state;
}

/**
 * Searches `query` (once the engine is there, and never blank text); the list opens for any non-blank
 * text. The document is searched at once; the portal is asked, and answers with 'results' events.
 */
function run(state: SearchState, query: string): SearchState {
  const searchable = !blank(query) && loadOf(state) === 'ready';
  const base = { ...state, query, open: !blank(query), active: -1 };
  if (state.scope === 'portal') return { ...base, outcome: null, pending: searchable ? query : null };
  return { ...base, outcome: searchable && state.searcher ? state.searcher.search(query) : null, pending: null };
}

/** The result an arrow key highlights: down from none is the first, up from none the last; both wrap around. */
export function stepActive(active: number, count: number, down: boolean): number {
  if (!down && active === -1) return count - 1;
  return (active + (down ? 1 : -1) + count) % count;
}

/** The next state of the combobox after `event`. */
export function reduceSearch(previous: SearchState, event: SearchEvent): SearchState {
  const state = previous.follow === null ? previous : { ...previous, follow: null };
  switch (event.type) {
    case 'focus': {
      const next = used({ ...state, query: event.value });
      return blank(event.value) ? next : { ...next, open: true };
    }
    case 'input':
      // Half-composed pinyin is not a query: wait for compositionend.
      return state.composing || event.composing
        ? used({ ...state, query: event.value })
        : run(used(state), event.value);
    case 'compositionstart':
      return { ...state, composing: true };
    case 'compositionend':
      return run(used({ ...state, composing: false }), event.value);
    case 'loaded': {
      // Whatever was typed while loading is searched now, unless an IME is mid-composition.
      const loads = { ...state.loads, [event.scope]: 'ready' as const };
      const next: SearchState = { ...state, loads, searcher: event.searcher ?? state.searcher };
      if (event.scope !== state.scope) return next;
      return next.composing ? { ...next, query: event.value } : run(next, event.value);
    }
    case 'failed':
      return { ...state, loads: { ...state.loads, [event.scope]: 'failed' } };
    case 'results':
      // Results for text the box no longer holds (typing went on) are dropped.
      if (state.scope !== 'portal' || event.query !== state.query) return state;
      return { ...state, outcome: event.outcome, pending: event.done ? null : state.pending };
    case 'scope':
      if (!state.scopes.includes(event.scope) || event.scope === state.scope) return state;
      return run(used({ ...state, scope: event.scope }), event.value);
    case 'key':
      // Keys pressed while an IME is composing belong to the IME (Enter commits the composition).
      return state.composing || event.composing ? state : pressKey(state, event.key, event.value);
    case 'focusout':
    case 'pick':
      return { ...state, open: false };
    case 'hover':
      return event.index >= 0 && event.index < resultCount(state) && event.index !== state.active
        ? { ...state, active: event.index }
        : state;
  }
}

function pressKey(state: SearchState, key: string, value: string): SearchState {
  const count = resultCount(state);
  switch (key) {
    case 'ArrowDown':
    case 'ArrowUp':
      if (!state.open) return { ...state, query: value, open: !blank(value) };
      return count === 0 ? state : { ...state, active: stepActive(state.active, count, key === 'ArrowDown') };
    case 'Enter': {
      const chosen = state.open ? state.outcome?.results[Math.max(state.active, 0)] : undefined;
      return chosen ? { ...state, open: false, follow: chosen.href } : state;
    }
    case 'Tab':
      // Tab leaves the combobox (the options are not tab stops) and the list closes as focus goes,
      // unless the panel offers a choice of scope: then Tab goes there, and the list stays.
      return state.open && state.scopes.length > 1 ? state : { ...state, open: false };
    case 'Escape':
      // The first Escape closes the list, the next clears the box.
      return state.open ? { ...state, open: false } : run(state, '');
    default:
      return state;
  }
}

/**
 * Whether the box takes a key from the browser (which would move the caret, or submit, or clear the
 * field itself): arrows and Escape always, Enter only when it opens a result, nothing while an IME
 * is composing.
 */
export function claimsKey(state: SearchState, key: string, composing: boolean): boolean {
  if (state.composing || composing) return false;
  if (key === 'Enter') return state.open && resultCount(state) > 0;
  if (key === 'Tab') return state.open && state.scopes.length > 1;
  return key === 'ArrowDown' || key === 'ArrowUp' || key === 'Escape';
}

export type SearchWords = Pick<
  (typeof SEARCH_TEXT)[Script],
  'loading' | 'failed' | 'searching' | 'none' | 'count' | 'countMore'
>;

/** The panel's message line: the failure, "loading", "searching", the number found, or nothing. */
export function searchMessage(state: SearchState, words: SearchWords): string {
  const query = state.query.trim();
  const load = loadOf(state);
  if (load === 'failed') return words.failed;
  if (query !== '' && !state.outcome) return load !== 'ready' ? words.loading : state.pending ? words.searching : '';
  if (!state.outcome) return '';
  if (state.outcome.total === 0) return state.pending ? words.searching : words.none(query);
  return state.outcome.more ? words.countMore(state.outcome.total) : words.count(state.outcome.total);
}

export interface SearchView {
  /** aria-expanded, and the list shown: open with results. */
  expanded: boolean;
  /** The highlighted result while the list shows, else -1 (no aria-activedescendant). */
  active: number;
  /** The panel (list and message) is hidden when closed, or when it would be empty. */
  panelHidden: boolean;
  message: string;
  /** What the live region says: the message while open, nothing while closed. */
  spoken: string;
}

export function searchView(state: SearchState, words: SearchWords): SearchView {
  const message = searchMessage(state, words);
  const count = resultCount(state);
  const expanded = state.open && count > 0;
  return {
    expanded,
    active: expanded ? state.active : -1,
    panelHidden: !state.open || (message === '' && count === 0),
    message,
    spoken: state.open ? message : '',
  };
}
