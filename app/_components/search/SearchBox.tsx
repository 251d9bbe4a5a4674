'use client';
/**
 * The site search box: a WAI-ARIA combobox with a listbox of results. Nothing search-related is
 * fetched until the reader first focuses the box or types: then the engine chunk, the folding
 * table and this script's clause table load in parallel, once per page session.
 */
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { SearchOutcome, Searcher, MarkedText } from '@/lib/search/engine';
import { FOLD_TABLE_PATH, MAX_RESULTS, searchIndexPath } from '@/lib/search/options';
import type { Script } from '@/lib/types';

const TEXT = {
  'zh-hans': {
    label: '搜索',
    placeholder: '搜索条款，如“贴牌生产”',
    results: '搜索结果',
    loading: '正在加载搜索…',
    failed: '搜索暂时无法加载，请稍后再试',
    none: (q: string) => `未找到与“${q}”相关的条款`,
    count: (n: number) => (n > MAX_RESULTS ? `找到 ${n} 条，显示前 ${MAX_RESULTS} 条` : `找到 ${n} 条`),
  },
  'zh-hant': {
    label: '搜尋',
    placeholder: '搜尋條款，如「貼牌生產」',
    results: '搜尋結果',
    loading: '正在載入搜尋…',
    failed: '搜尋暫時無法載入，請稍後再試',
    none: (q: string) => `未找到與「${q}」相關的條款`,
    count: (n: number) => (n > MAX_RESULTS ? `找到 ${n} 條，顯示前 ${MAX_RESULTS} 條` : `找到 ${n} 條`),
  },
} as const;

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
    pending = Promise.all([import('@/lib/search/engine'), json(searchIndexPath(script)), json(FOLD_TABLE_PATH)]).then(([engine, index, fold]) =>
      engine.searcherFromJson(index, fold),
    );
    pending.catch(() => loads.delete(script));
    loads.set(script, pending);
  }
  return pending;
}

/** Text with its marked ranges wrapped in <mark>; React escapes every piece, so no query is ever HTML. */
function Marked({ text, marks }: MarkedText): ReactNode {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of marks) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function SearchBox({ script }: { script: Script }) {
  const text = TEXT[script];
  const id = useId();
  const listId = `${id}-results`;
  const optionId = (i: number) => `${id}-result-${i}`;
  const input = useRef<HTMLInputElement>(null);
  const searcher = useRef<Searcher | null>(null);
  const composing = useRef(false);
  const [query, setQuery] = useState('');
  const [outcome, setOutcome] = useState<SearchOutcome | null>(null);
  const [state, setState] = useState<'idle' | 'loading' | 'ready' | 'failed'>('idle');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const run = useCallback((value: string) => {
    setActive(-1);
    setOpen(value.trim() !== '');
    setOutcome(searcher.current && value.trim() !== '' ? searcher.current.search(value) : null);
  }, []);

  const ensureLoaded = useCallback(() => {
    if (searcher.current) return;
    setState('loading');
    loadSearcher(script).then(
      (loaded) => {
        searcher.current = loaded;
        setState('ready');
        // Whatever was typed while loading is searched now, unless an IME is mid-composition.
        if (!composing.current && input.current) run(input.current.value);
      },
      () => setState('failed'),
    );
  }, [script, run]);

  // "/" (outside text fields) and Ctrl/⌘+K focus the box from anywhere on the page.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isEditable(event.target);
      const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
      if (!slash && !commandK) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
    // optionId depends only on the stable useId value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);

  const results = outcome?.results ?? [];
  const go = (index: number) => {
    const result = results[index];
    if (!result) return;
    setOpen(false);
    window.location.assign(result.href);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    // Keys pressed while an IME is composing belong to the IME (Enter commits the composition).
    if (event.nativeEvent.isComposing || composing.current) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(query.trim() !== '');
        return;
      }
      if (results.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current === -1 && step === -1 ? results.length - 1 : (current + step + results.length) % results.length));
    } else if (event.key === 'Enter') {
      if (open && results.length > 0) {
        event.preventDefault();
        go(Math.max(active, 0));
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (open) setOpen(false);
      else {
        setQuery('');
        run('');
      }
    }
  };

  let message = '';
  if (state === 'failed') message = text.failed;
  else if (query.trim() !== '' && !outcome) message = state === 'ready' ? '' : text.loading;
  else if (outcome && outcome.total === 0) message = text.none(query.trim());
  else if (outcome) message = text.count(outcome.total);
  const expanded = open && results.length > 0;

  return (
    <div
      role="search"
      className="relative w-full max-w-xl"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <label htmlFor={`${id}-input`} className="sr-only">
        {text.label}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        placeholder={text.placeholder}
        value={query}
        className="w-full rounded-md border border-gray-400 bg-white px-3 py-2 text-base text-gray-900 placeholder:text-gray-600 focus:border-blue-700 focus:outline-2 focus:outline-blue-700"
        onFocus={() => {
          ensureLoaded();
          if (query.trim() !== '') setOpen(true);
        }}
        onChange={(event) => {
          const value = event.target.value;
          setQuery(value);
          ensureLoaded();
          // Half-composed pinyin is not a query: wait for compositionend.
          if (!composing.current && !(event.nativeEvent instanceof InputEvent && event.nativeEvent.isComposing)) run(value);
        }}
        onCompositionStart={() => {
          composing.current = true;
        }}
        onCompositionEnd={(event) => {
          composing.current = false;
          ensureLoaded();
          run(event.currentTarget.value);
        }}
        onKeyDown={onKeyDown}
      />
      <div
        hidden={!open || message === '' && results.length === 0}
        className="absolute inset-x-0 top-full z-50 mt-1 max-h-[70vh] overflow-y-auto rounded-md border border-gray-300 bg-white shadow-lg"
      >
        <div
          id={listId}
          role="listbox"
          aria-label={text.results}
          hidden={!expanded}
          // Keeps focus in the input while a result is clicked, so the list does not close first.
          onMouseDown={(event) => event.preventDefault()}
        >
          {results.map((result, i) => (
            <a
              key={`${result.docId}#${result.id}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              tabIndex={-1}
              href={result.href}
              onClick={() => setOpen(false)}
              onMouseMove={() => setActive(i)}
              className={`block border-b border-gray-200 px-3 py-2 text-gray-900 no-underline last:border-b-0 ${i === active ? 'bg-blue-50 outline-2 -outline-offset-2 outline-blue-700' : ''}`}
            >
              <span className="block text-sm text-gray-700">
                {result.path.map((crumb, c) => (
                  <span key={c}>
                    {c > 0 && <span aria-hidden="true"> › </span>}
                    <Marked text={crumb.text} marks={crumb.marks} />
                  </span>
                ))}
              </span>
              {result.snippet.text !== '' && (
                <span className="mt-0.5 block leading-relaxed">
                  {result.snippet.before && '…'}
                  <Marked text={result.snippet.text} marks={result.snippet.marks} />
                  {result.snippet.after && '…'}
                </span>
              )}
            </a>
          ))}
        </div>
        {message !== '' && <p className="px-3 py-2 text-sm text-gray-700">{message}</p>}
      </div>
      <p id={`${id}-status`} role="status" className="sr-only">
        {open ? message : ''}
      </p>
    </div>
  );
}
