/**
 * The search combobox as a pure state machine: reduceSearch(state, event) → state for every DOM event
 * the box reacts to, and searchView(state) for what the markup should show. search.ts feeds it the
 * events and results-view.ts renders the view, so the rules below can be tested without a browser.
 */
import type { SearchOutcome, Searcher } from '@/lib/shared/search/engine';
import type { SEARCH_TEXT } from '@/lib/shared/ui/search-text';
import type { Script } from '@/lib/shared/types';

/** The engine's load: nothing is fetched until first use; a failed load is tried again on the next use. */
export type Load = 'idle' | 'loading' | 'ready' | 'failed';

export interface SearchState {
  load: Load;
  searcher: Pick<Searcher, 'search'> | null;
  /** An IME is composing: the text it shows so far (pinyin) is not a query. */
  composing: boolean;
  /** The box's text as last seen. */
  query: string;
  /** The results of the last text searched; null before the engine has loaded, or for blank text. */
  outcome: SearchOutcome | null;
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
  | { type: 'loaded'; searcher: Pick<Searcher, 'search'>; value: string }
  | { type: 'failed' }
  | { type: 'key'; key: string; composing: boolean; value: string }
  /** Focus left the search box and its results. */
  | { type: 'focusout' }
  /** A result was clicked. */
  | { type: 'pick' }
  /** The pointer is over result `index`. */
  | { type: 'hover'; index: number };

export const INITIAL_SEARCH: SearchState = {
  load: 'idle',
  searcher: null,
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

/** First use starts the engine's load, as does the next use after a failure. */
function used(state: SearchState): SearchState {
  return state.load === 'idle' || state.load === 'failed' ? { ...state, load: 'loading' } : state;
}

/** Searches `query` (once the engine is there, and never blank text); the list opens for any non-blank text. */
function run(state: SearchState, query: string): SearchState {
  const outcome = state.searcher && !blank(query) ? state.searcher.search(query) : null;
  return { ...state, query, outcome, open: !blank(query), active: -1 };
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
      const next: SearchState = { ...state, load: 'ready', searcher: event.searcher };
      return next.composing ? { ...next, query: event.value } : run(next, event.value);
    }
    case 'failed':
      return { ...state, load: 'failed' };
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
      // Tab leaves the combobox (the options are not tab stops): the list closes as focus goes.
      return { ...state, open: false };
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
  return key === 'ArrowDown' || key === 'ArrowUp' || key === 'Escape';
}

export type SearchWords = Pick<(typeof SEARCH_TEXT)[Script], 'loading' | 'failed' | 'none' | 'count'>;

/** The panel's message line: the failure, "loading", the number found, or nothing. */
export function searchMessage(state: SearchState, words: SearchWords): string {
  const query = state.query.trim();
  if (state.load === 'failed') return words.failed;
  if (query !== '' && !state.outcome) return state.load === 'ready' ? '' : words.loading;
  if (!state.outcome) return '';
  return state.outcome.total === 0 ? words.none(query) : words.count(state.outcome.total);
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
