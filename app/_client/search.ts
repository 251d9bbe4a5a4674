/**
 * The search box's behaviour, attached to the server-rendered markup of app/_components/search/SearchBox.tsx:
 * a WAI-ARIA combobox with a listbox of results. Nothing search-related is fetched until the reader
 * first focuses the box or types: then the engine chunk (a dynamic import(), its own file), the
 * folding table and this script's clause table load in parallel, once per page session.
 *
 * Results are built with DOM APIs and textContent only, never innerHTML: the query and the text
 * it matched can never become markup.
 */
import { RESULT_ID_PREFIX, SEARCH_IDS, SEARCH_TEXT } from '@/lib/shared/ui/search-text';
import { oneOf } from '@/lib/shared/parse';
import type { MarkedText, SearchOutcome, SearchResult, Searcher } from '@/lib/shared/search/engine';
import { FOLD_TABLE_PATH, searchIndexPath } from '@/lib/shared/search/options';
import { SCRIPTS, type Script } from '@/lib/shared/types';

const loads = new Map<Script, Promise<Searcher>>();

/** Loads engine, folding table and clause table together; a failed load is forgotten so a retry can succeed. */
function loadSearcher(script: Script): Promise<Searcher> {
  let pending = loads.get(script);
  if (!pending) {
    const json = (url: string): Promise<unknown> =>
      fetch(url).then((response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        return response.json();
      });
    pending = Promise.all([
      import('@/lib/shared/search/engine'),
      json(searchIndexPath(script)),
      json(FOLD_TABLE_PATH),
    ]).then(([engine, index, fold]) => engine.searcherFromJson(index, fold));
    pending.catch(() => loads.delete(script));
    loads.set(script, pending);
  }
  return pending;
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

function optionElement(result: SearchResult, index: number): HTMLAnchorElement {
  const option = document.createElement('a');
  option.id = `${RESULT_ID_PREFIX}${index}`;
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', 'false');
  option.tabIndex = -1;
  option.href = result.href;
  option.className = 'search-option';
  const path = document.createElement('span');
  path.className = 'search-path';
  result.path.forEach((crumb, c) => {
    const span = document.createElement('span');
    if (c > 0) {
      const separator = document.createElement('span');
      separator.setAttribute('aria-hidden', 'true');
      separator.textContent = ' › ';
      span.append(separator);
    }
    appendMarked(span, crumb);
    path.append(span);
  });
  option.append(path);
  if (result.snippet.text !== '') {
    const snippet = document.createElement('span');
    snippet.className = 'search-snippet';
    if (result.snippet.before) snippet.append('…');
    appendMarked(snippet, result.snippet);
    if (result.snippet.after) snippet.append('…');
    option.append(snippet);
  }
  return option;
}

function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

function required<T extends Element>(root: ParentNode, selector: string, type: new () => T): T {
  const element = root.querySelector(selector);
  if (!(element instanceof type)) throw new Error(`search box: no ${selector} in the markup`);
  return element;
}

/** Attaches the combobox behaviour to one [data-search] root rendered by SearchBox.tsx. */
export function startSearch(root: HTMLElement): void {
  const script = oneOf(SCRIPTS, root.dataset.search, 'data-search');
  const text = SEARCH_TEXT[script];
  const input = required(root, `#${SEARCH_IDS.input}`, HTMLInputElement);
  const list = required(root, `#${SEARCH_IDS.results}`, HTMLElement);
  const status = required(root, `#${SEARCH_IDS.status}`, HTMLElement);
  const panel = required(root, '[data-search-panel]', HTMLElement);
  const message = required(root, '[data-search-message]', HTMLElement);

  let searcher: Searcher | null = null;
  let composing = false;
  let state: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  let outcome: SearchOutcome | null = null;
  let options: HTMLAnchorElement[] = [];
  let open = false;
  let active = -1;

  /** Brings every attribute and message in line with the state; called after every change. */
  const render = (): void => {
    const query = input.value;
    let words = '';
    if (state === 'failed') words = text.failed;
    else if (query.trim() !== '' && !outcome) words = state === 'ready' ? '' : text.loading;
    else if (outcome && outcome.total === 0) words = text.none(query.trim());
    else if (outcome) words = text.count(outcome.total);
    // data-state (idle, loading, ready, failed) lets tests wait for the engine rather than for a guessed time.
    root.dataset.state = state;
    const expanded = open && options.length > 0;
    input.setAttribute('aria-expanded', String(expanded));
    const activeOption = expanded ? options[active] : undefined;
    if (activeOption) input.setAttribute('aria-activedescendant', activeOption.id);
    else input.removeAttribute('aria-activedescendant');
    options.forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === active));
    });
    panel.hidden = !open || (words === '' && options.length === 0);
    list.hidden = !expanded;
    message.hidden = words === '';
    if (message.textContent !== words) message.textContent = words;
    // Only on change: rewriting a live region with the same words can make it speak again.
    const spoken = open ? words : '';
    if (status.textContent !== spoken) status.textContent = spoken;
  };

  const run = (value: string): void => {
    active = -1;
    open = value.trim() !== '';
    outcome = searcher && value.trim() !== '' ? searcher.search(value) : null;
    options = (outcome?.results ?? []).map(optionElement);
    list.replaceChildren(...options);
    render();
  };

  const moveTo = (index: number): void => {
    active = index;
    render();
    options[active]?.scrollIntoView({ block: 'nearest' });
  };

  const ensureLoaded = (): void => {
    if (searcher || state === 'loading') return;
    state = 'loading';
    render();
    loadSearcher(script).then(
      (loaded) => {
        searcher = loaded;
        state = 'ready';
        // Whatever was typed while loading is searched now, unless an IME is mid-composition.
        if (!composing) run(input.value);
        else render();
      },
      () => {
        state = 'failed';
        render();
      },
    );
  };

  const go = (index: number): void => {
    const option = options[index];
    if (!option) return;
    open = false;
    render();
    window.location.assign(option.href);
  };

  input.addEventListener('focus', () => {
    ensureLoaded();
    if (input.value.trim() !== '') {
      open = true;
      render();
    }
  });
  input.addEventListener('input', (event) => {
    ensureLoaded();
    // Half-composed pinyin is not a query: wait for compositionend.
    if (!composing && !(event instanceof InputEvent && event.isComposing)) run(input.value);
    else render();
  });
  input.addEventListener('compositionstart', () => {
    composing = true;
  });
  input.addEventListener('compositionend', () => {
    composing = false;
    ensureLoaded();
    run(input.value);
  });
  input.addEventListener('keydown', (event) => {
    // Keys pressed while an IME is composing belong to the IME (Enter commits the composition).
    if (event.isComposing || composing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        open = input.value.trim() !== '';
        render();
        return;
      }
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      moveTo(active === -1 && step === -1 ? options.length - 1 : (active + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      if (open && options.length > 0) {
        event.preventDefault();
        go(Math.max(active, 0));
      }
    } else if (event.key === 'Tab') {
      // Tab leaves the combobox (the options are not tab stops): the list closes as focus goes.
      open = false;
      render();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (open) {
        open = false;
        render();
      } else {
        input.value = '';
        run('');
      }
    }
  });
  root.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node && root.contains(event.relatedTarget))) {
      open = false;
      render();
    }
  });
  // Keeps focus in the input while a result is clicked, so the list does not close first.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', () => {
    open = false;
    render();
  });
  list.addEventListener('mousemove', (event) => {
    const option = event.target instanceof Element ? event.target.closest('[role="option"]') : null;
    const index = options.findIndex((candidate) => candidate === option);
    if (index !== -1 && index !== active) moveTo(index);
  });

  // "/" (outside text fields) and Ctrl/⌘+K focus the box from anywhere on the page.
  document.addEventListener('keydown', (event) => {
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isEditable(event.target);
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    if (!slash && !commandK) return;
    event.preventDefault();
    // No scroll to the top of the page: while it holds focus the header sticks to the top of the
    // viewport (globals.css), so the reader keeps their place in the text.
    input.focus({ preventScroll: true });
    input.select();
  });
}
