/**
 * The search combobox's rules, as a reader at the keyboard meets them: driven through reduceSearch
 * with a stand-in engine that records what it was asked to search.
 */
import { describe, expect, it } from 'vitest';
import {
  claimsKey,
  initialSearch,
  loadOf,
  reduceSearch,
  searchMessage,
  searchView,
  stepActive,
  type SearchEvent,
  type SearchState,
} from '../../../../app/_client/search/combobox-state.ts';
import type { SearchOutcome } from '../../../../lib/shared/search/engine.ts';
import { SEARCH_TEXT } from '../../../../lib/shared/ui/search-text.ts';

const words = SEARCH_TEXT['zh-hans'];

/** A document's page: the box searches the document (本文件) until the reader picks 全部文件. */
const START = initialSearch('', true);

/** A stand-in engine: 产业 finds three clauses, 两高一资 one, anything else none. It logs every query. */
function fakeSearcher() {
  const searched: string[] = [];
  const hits: Record<string, number> = { 产业: 3, 两高一资: 1 };
  const searcher = {
    search: (query: string): SearchOutcome => {
      searched.push(query);
      const total = hits[query] ?? 0;
      const results = Array.from({ length: total }, (_, i) => ({
        id: `c${i}`,
        docId: 'doc',
        href: `/zh-hans/doc/#c${i}`,
        path: [],
        snippet: { text: '', marks: [], before: false, after: false },
        score: 1,
      }));
      return { terms: [query], total, results };
    },
  };
  return { searcher, searched };
}

const run = (state: SearchState, ...events: SearchEvent[]): SearchState => events.reduce(reduceSearch, state);
const key = (name: string, value = ''): SearchEvent => ({ type: 'key', key: name, composing: false, value });
const typed = (value: string): SearchEvent => ({ type: 'input', value, composing: false });

/** Focused, engine loaded, 产业 typed: three results, list open. */
function withResults() {
  const engine = fakeSearcher();
  const state = run(
    START,
    { type: 'focus', value: '' },
    { type: 'loaded', scope: 'document', searcher: engine.searcher, value: '' },
    typed('产业'),
  );
  return { ...engine, state };
}

describe('loading the engine', () => {
  it('nothing loads before first use; focus starts the load', () => {
    expect(loadOf(START)).toBe('idle');
    expect(loadOf(run(START, { type: 'focus', value: '' }))).toBe('loading');
  });

  it('text typed while loading says "loading", and is searched once the engine arrives', () => {
    const { searcher, searched } = fakeSearcher();
    const loading = run(START, { type: 'focus', value: '' }, typed('产'), typed('产业'));
    expect(loading.outcome).toBeNull();
    expect(searchView(loading, words)).toMatchObject({ message: words.loading, panelHidden: false });
    const ready = reduceSearch(loading, { type: 'loaded', scope: 'document', searcher, value: '产业' });
    expect(searched).toEqual(['产业']);
    expect(ready.outcome?.total).toBe(3);
    expect(searchView(ready, words)).toMatchObject({ expanded: true, message: '找到 3 条' });
  });

  it('a failed load shows the failure message, and the next use tries again', () => {
    const failed = run(START, { type: 'focus', value: '产业' }, { type: 'failed', scope: 'document' });
    expect(searchMessage(failed, words)).toBe(words.failed);
    expect(searchView(failed, words)).toMatchObject({ panelHidden: false, spoken: words.failed });
    expect(loadOf(run(failed, typed('产业 ')))).toBe('loading');
  });

  it('a load in progress is not started again by more typing', () => {
    const loading = run(START, { type: 'focus', value: '' });
    expect(loadOf(reduceSearch(loading, typed('产')))).toBe('loading');
  });
});

describe('IME composition (pinyin)', () => {
  it('never searches half-typed input, and searches the committed characters once', () => {
    const { state, searched } = withResults();
    searched.length = 0;
    const composing = run(
      state,
      { type: 'compositionstart' },
      { type: 'input', value: '产业l', composing: true },
      { type: 'input', value: '产业lian', composing: true },
    );
    expect(searched).toEqual([]);
    expect(composing.outcome).toBe(state.outcome); // the results for 产业 stay up
    const committed = reduceSearch(composing, { type: 'compositionend', value: '产业链' });
    expect(searched).toEqual(['产业链']);
    expect(committed.composing).toBe(false);
  });

  it('an input event flagged isComposing is not searched, even without a compositionstart first', () => {
    const { state, searched } = withResults();
    searched.length = 0;
    reduceSearch(state, { type: 'input', value: 'chan', composing: true });
    expect(searched).toEqual([]);
  });

  it('an engine arriving mid-composition does not search the pinyin shown so far', () => {
    const { searcher, searched } = fakeSearcher();
    const composing = run(
      START,
      { type: 'focus', value: '' },
      { type: 'compositionstart' },
      { type: 'input', value: 'odm', composing: true },
    );
    const ready = reduceSearch(composing, { type: 'loaded', scope: 'document', searcher, value: 'odm' });
    expect(loadOf(ready)).toBe('ready');
    expect(searched).toEqual([]);
    expect(searchView(ready, words)).toMatchObject({ expanded: false, message: '' });
    run(ready, { type: 'compositionend', value: '产业' });
    expect(searched).toEqual(['产业']);
  });

  it('keys pressed while composing belong to the IME: Enter commits, it opens no result', () => {
    const { state } = withResults();
    const composing = reduceSearch(state, { type: 'compositionstart' });
    expect(reduceSearch(composing, key('Enter')).follow).toBeNull();
    expect(reduceSearch(composing, key('ArrowDown'))).toBe(composing);
    expect(reduceSearch(state, { type: 'key', key: 'Enter', composing: true, value: '产业' })).toBe(state);
  });
});

describe('keyboard', () => {
  it('arrows move the highlight and wrap around', () => {
    const { state } = withResults();
    const down = (s: SearchState): SearchState => reduceSearch(s, key('ArrowDown'));
    expect(down(state).active).toBe(0);
    expect(down(down(down(state))).active).toBe(2);
    expect(down(down(down(down(state)))).active).toBe(0);
    expect(reduceSearch(state, key('ArrowUp')).active).toBe(2); // up from none: the last
    expect(run(state, key('ArrowDown'), key('ArrowUp')).active).toBe(2); // up from the first: the last
  });

  it.each([
    // [from, count, down, to]
    [-1, 3, true, 0],
    [0, 3, true, 1],
    [2, 3, true, 0],
    [-1, 3, false, 2],
    [0, 3, false, 2],
    [1, 3, false, 0],
    [0, 1, true, 0],
  ])('stepActive(%i of %i, down %s) → %i', (from, count, down, to) => {
    expect(stepActive(from, count, down)).toBe(to);
  });

  it('Escape closes first, then clears', () => {
    const { state } = withResults();
    const closed = reduceSearch(state, key('Escape', '产业'));
    expect(closed).toMatchObject({ open: false, query: '产业' });
    expect(searchView(closed, words)).toMatchObject({ expanded: false, panelHidden: true, spoken: '' });
    const cleared = reduceSearch(closed, key('Escape', '产业'));
    expect(cleared).toMatchObject({ open: false, query: '', outcome: null });
  });

  it('Tab closes the list where there is no choice of scope, and keeps it open for the choice where there is', () => {
    const { state } = withResults();
    const single = { ...state, scopes: ['document'] as const };
    expect(reduceSearch(single, key('Tab', '产业')).open).toBe(false);
    expect(reduceSearch(state, key('Tab', '产业')).open).toBe(true);
  });

  it('Enter opens the highlighted result, or the first when none is highlighted', () => {
    const { state } = withResults();
    expect(reduceSearch(state, key('Enter'))).toMatchObject({ open: false, follow: '/zh-hans/doc/#c0' });
    expect(run(state, key('ArrowUp'), key('Enter')).follow).toBe('/zh-hans/doc/#c2');
  });

  it('Enter does nothing with no results, or with the list closed', () => {
    const { state } = withResults();
    const none = reduceSearch(state, typed('无此词'));
    expect(reduceSearch(none, key('Enter')).follow).toBeNull();
    const closed = reduceSearch(state, key('Escape'));
    expect(reduceSearch(closed, key('Enter')).follow).toBeNull();
  });

  it('a chosen result is followed once: the next event forgets it', () => {
    const { state } = withResults();
    const chosen = reduceSearch(state, key('Enter'));
    expect(reduceSearch(chosen, { type: 'focus', value: '产业' }).follow).toBeNull();
  });

  it('an arrow on a closed list reopens it without moving, if there is text', () => {
    const { state } = withResults();
    const closed = run(state, key('ArrowDown'), key('Escape'));
    expect(reduceSearch(closed, key('ArrowDown', '产业'))).toMatchObject({ open: true, active: 0 });
    const empty = run(state, key('Escape'), key('Escape'));
    expect(reduceSearch(empty, key('ArrowDown', '')).open).toBe(false);
  });
});

describe('claimsKey: keys the box takes from the browser', () => {
  const { state } = withResults();
  const closed = reduceSearch(state, key('Escape'));
  it.each<[string, SearchState, string, boolean, boolean]>([
    ['ArrowDown', state, 'ArrowDown', false, true],
    ['ArrowUp', state, 'ArrowUp', false, true],
    ['Escape', state, 'Escape', false, true],
    ['Enter on an open list', state, 'Enter', false, true],
    ['Enter on a closed list is left to the browser', closed, 'Enter', false, false],
    [
      'Tab with no choice of scope (focus must move on)',
      { ...state, scopes: ['document'] as const },
      'Tab',
      false,
      false,
    ],
    ['Tab to the choice of scope, on a document page', state, 'Tab', false, true],
    ['Tab on a closed list', closed, 'Tab', false, false],
    ['a letter', state, 'a', false, false],
    ['Enter while composing (it commits the IME text)', state, 'Enter', true, false],
    ['ArrowDown while composing', state, 'ArrowDown', true, false],
  ])('%s', (_, s, name, composing, expected) => {
    expect(claimsKey(s, name, composing)).toBe(expected);
  });
});

describe('pointer and focus', () => {
  it('hovering a result highlights it; hovering outside the results does not', () => {
    const { state } = withResults();
    expect(reduceSearch(state, { type: 'hover', index: 1 }).active).toBe(1);
    expect(reduceSearch(state, { type: 'hover', index: 3 })).toBe(state);
    expect(reduceSearch(state, { type: 'hover', index: -1 })).toBe(state);
  });

  it('leaving the box, or clicking a result, closes the list', () => {
    const { state } = withResults();
    expect(reduceSearch(state, { type: 'focusout' }).open).toBe(false);
    expect(reduceSearch(state, { type: 'pick' }).open).toBe(false);
  });

  it('focusing again reopens the results of the text still in the box, but not an empty box', () => {
    const { state } = withResults();
    const left = reduceSearch(state, { type: 'focusout' });
    expect(reduceSearch(left, { type: 'focus', value: '产业' }).open).toBe(true);
    expect(reduceSearch(START, { type: 'focus', value: '  ' }).open).toBe(false);
  });

  it('clearing the text closes the list and forgets the results', () => {
    const { state } = withResults();
    expect(reduceSearch(state, typed(''))).toMatchObject({ open: false, outcome: null });
  });
});

describe('searchView', () => {
  it('an open panel with nothing to say and no results stays hidden (engine ready mid-composition)', () => {
    const { searcher } = fakeSearcher();
    const state = run(
      START,
      { type: 'focus', value: '' },
      typed('o'),
      { type: 'compositionstart' },
      { type: 'input', value: 'od', composing: true },
      { type: 'loaded', scope: 'document', searcher, value: 'od' },
    );
    expect(state.open).toBe(true);
    expect(searchView(state, words)).toEqual({
      expanded: false,
      active: -1,
      panelHidden: true,
      message: '',
      spoken: '',
    });
  });

  it('the highlight is announced only while the list shows', () => {
    const { state } = withResults();
    const highlighted = reduceSearch(state, key('ArrowDown'));
    expect(searchView(highlighted, words).active).toBe(0);
    expect(searchView(reduceSearch(highlighted, key('Escape')), words).active).toBe(-1);
  });
});

describe('searchMessage', () => {
  const { state } = withResults();
  it.each<[string, SearchState, string]>([
    ['nothing typed', START, ''],
    ['results', state, '找到 3 条'],
    ['no results names the query, trimmed', reduceSearch(state, typed(' 无此词 ')), '未找到与“无此词”相关的条款'],
    ['a failed load wins over results', reduceSearch(state, { type: 'failed', scope: 'document' }), words.failed],
  ])('%s', (_, s, message) => {
    expect(searchMessage(s, words)).toBe(message);
  });
});

describe('scopes: 本文件 and 全部文件', () => {
  const portalResults = (query: string, total: number): SearchEvent => ({
    type: 'results',
    query,
    outcome: { terms: [query], total, more: false, results: [] },
    done: true,
  });

  it('a document page searches the document; elsewhere the box searches every document', () => {
    expect(START).toMatchObject({ scope: 'document', scopes: ['document', 'portal'] });
    expect(initialSearch('', false)).toMatchObject({ scope: 'portal', scopes: ['portal'] });
  });

  it('choosing 全部文件 loads the portal once and asks it for the text in the box', () => {
    const { state } = withResults();
    const switched = reduceSearch(state, { type: 'scope', scope: 'portal', value: '产业' });
    expect(switched).toMatchObject({ scope: 'portal', outcome: null, pending: null });
    expect(switched.loads).toEqual({ document: 'ready', portal: 'loading' });
    expect(searchMessage(switched, words)).toBe(words.loading);
    const ready = reduceSearch(switched, { type: 'loaded', scope: 'portal', value: '产业' });
    expect(ready.pending).toBe('产业');
    expect(searchMessage(ready, words)).toBe(words.searching);
  });

  it('shows the portal results for the text in the box, and drops answers for text typed over', () => {
    const ready = run(
      initialSearch('', false),
      { type: 'focus', value: '' },
      { type: 'loaded', scope: 'portal', value: '' },
    );
    const asked = run(ready, typed('产'), typed('产业'));
    expect(asked.pending).toBe('产业');
    expect(reduceSearch(asked, portalResults('产', 5))).toBe(asked);
    const answered = reduceSearch(asked, portalResults('产业', 2));
    expect(answered).toMatchObject({ pending: null, outcome: { total: 2 } });
    expect(searchMessage(answered, words)).toBe('找到 2 条');
  });

  it('says “or more” while the portal still has documents to check', () => {
    const ready = run(
      initialSearch('', false),
      { type: 'focus', value: '' },
      { type: 'loaded', scope: 'portal', value: '' },
    );
    const partial = reduceSearch(run(ready, typed('产业')), {
      type: 'results',
      query: '产业',
      outcome: { terms: ['产业'], total: 25, more: true, results: [] },
      done: true,
    });
    expect(searchMessage(partial, words)).toBe(words.countMore(25));
  });

  it('ignores a scope the page does not offer, and a portal answer while searching the document', () => {
    const portalOnly = initialSearch('', false);
    expect(reduceSearch(portalOnly, { type: 'scope', scope: 'document', value: '' })).toBe(portalOnly);
    const { state } = withResults();
    expect(reduceSearch(state, portalResults('产业', 9))).toBe(state);
  });

  it('switching back to 本文件 searches the document again at once', () => {
    const { state, searched } = withResults();
    const away = reduceSearch(state, { type: 'scope', scope: 'portal', value: '产业' });
    searched.length = 0;
    const back = reduceSearch(away, { type: 'scope', scope: 'document', value: '两高一资' });
    expect(searched).toEqual(['两高一资']);
    expect(back.outcome?.total).toBe(1);
  });
});
