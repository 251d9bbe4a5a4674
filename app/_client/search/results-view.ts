/**
 * Renders the combobox's state into the server-rendered markup of SearchBox.tsx: the options, the
 * ARIA attributes, the panel's message and the live region. Results are built with DOM APIs and
 * textContent only, never innerHTML: the query and the text it matched can never become markup.
 */
import type { MarkedText, SearchResult } from '@/lib/shared/search/engine';
import { RESULT_ID_PREFIX } from '@/lib/shared/ui/search-text';
import { loadOf, searchView, type SearchState, type SearchWords } from './combobox-state';

export interface SearchElements {
  root: HTMLElement;
  input: HTMLInputElement;
  list: HTMLElement;
  status: HTMLElement;
  panel: HTMLElement;
  message: HTMLElement;
  /** The choice of scope (本文件 / 全部文件), shown where the page offers both. */
  scopes: HTMLFieldSetElement;
}

/** A renderer for one search box: brings every attribute and message in line with the new state. */
export function searchRenderer(
  { root, input, list, status, panel, message, scopes }: SearchElements,
  words: SearchWords,
): (previous: SearchState, state: SearchState) => void {
  let options: HTMLAnchorElement[] = [];
  return (previous, state) => {
    if (state.outcome !== previous.outcome) {
      options = (state.outcome?.results ?? []).map(optionElement);
      list.replaceChildren(...options);
    }
    // Only Escape changes the text; the other events carry what the box already shows.
    if (state.query !== previous.query && input.value !== state.query) input.value = state.query;
    const view = searchView(state, words);
    // data-state (idle, loading, ready, failed) lets tests wait for the engine rather than for a guessed time.
    root.dataset.state = loadOf(state);
    root.dataset.scope = state.scope;
    scopes.hidden = state.scopes.length < 2;
    for (const radio of scopes.querySelectorAll('input')) radio.checked = radio.value === state.scope;
    input.setAttribute('aria-expanded', String(view.expanded));
    const active = options[view.active];
    if (active) input.setAttribute('aria-activedescendant', active.id);
    else input.removeAttribute('aria-activedescendant');
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === state.active)));
    panel.hidden = view.panelHidden;
    list.hidden = !view.expanded;
    message.hidden = view.message === '';
    if (message.textContent !== view.message) message.textContent = view.message;
    // Only on change: rewriting a live region with the same words can make it speak again.
    if (status.textContent !== view.spoken) status.textContent = view.spoken;
    if (state.active !== previous.active) options[state.active]?.scrollIntoView({ block: 'nearest' });
  };
}

function optionElement(result: SearchResult, index: number): HTMLAnchorElement {
  const option = document.createElement('a');
  option.id = `${RESULT_ID_PREFIX}${index}`;
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', 'false');
  option.tabIndex = -1;
  option.href = result.href;
  option.className = 'search-option';
  option.append(pathElement(result.path));
  if (result.snippet.text !== '') option.append(snippetElement(result.snippet));
  return option;
}

/** The heading path, e.g. 附件 › 二、… › （六）…, with the separators hidden from screen readers. */
function pathElement(path: MarkedText[]): HTMLElement {
  const element = document.createElement('span');
  element.className = 'search-path';
  path.forEach((crumb, c) => {
    const span = document.createElement('span');
    if (c > 0) {
      const separator = document.createElement('span');
      separator.setAttribute('aria-hidden', 'true');
      separator.textContent = ' › ';
      span.append(separator);
    }
    appendMarked(span, crumb);
    element.append(span);
  });
  return element;
}

function snippetElement(snippet: SearchResult['snippet']): HTMLElement {
  const element = document.createElement('span');
  element.className = 'search-snippet';
  if (snippet.before) element.append('…');
  appendMarked(element, snippet);
  if (snippet.after) element.append('…');
  return element;
}

/** Appends text with its marked ranges wrapped in <mark>, every piece as a text node. */
function appendMarked(parent: HTMLElement, { text, marks }: MarkedText): void {
  let at = 0;
  for (const [start, end] of marks) {
    if (start > at) parent.append(text.slice(at, start));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    parent.append(mark);
    at = end;
  }
  if (at < text.length) parent.append(text.slice(at));
}
