/**
 * The reader's behaviour on the server-rendered document and clause pages, as plain DOM code (it
 * was one React effect; React itself is no longer shipped, see scripts/strip-runtime.ts). The page
 * is complete HTML+CSS without it. It drives:
 * - the clause actions: it adds 复制链接 / 复制引用 to every citable section.clause on the page (so a
 *   page without JavaScript has no dead buttons), copies, and confirms in #reader-status (aria-live).
 *   globals.css reserves their space, so adding them shifts nothing;
 * - the navigator: aria-current="location" on the entry in view, kept visible in the panel; on phones
 *   the #toc-panel dialog ([data-action=toc-open]/[data-action=toc-close]) with a focus trap and Esc;
 * - the script toggle (a[data-script-toggle]): carries the clause in view as #id and remembers the choice.
 */
import { UI, SCRIPT_PREFERENCE_KEY } from '@/lib/shared/ui/strings';
import { citeClause, clauseShortName, type CitableClause, type CitationMeta } from '@/lib/shared/citation';
import type { Script } from '@/lib/shared/types';
import type { ReaderData } from '@/lib/shared/reader-data';

/**
 * The reading line: a clause is "in view" once its top has passed this far down the viewport. Just
 * below the landing spot of a #id (scroll-margin 4rem, under the sticky bar), so arriving at a clause
 * marks that clause, not the next one (a 25% line marked the next item in the 1280 px screenshot).
 */
const baseLine = (): number => Math.min(112, window.innerHeight * 0.25);

/**
 * At the very bottom of the page the line is the bottom edge: the last clauses (part 三 here) can
 * never scroll up to the base line, so otherwise they could never be marked or carried by the toggle.
 * (A line that slid down over the whole last screen marked clauses below the one just arrived at.)
 */
const readingLine = (): number => {
  const atBottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
  return atBottom ? window.innerHeight : baseLine();
};

/** The wide layout shows the navigator as a side panel; below it the panel is a dialog. Matches globals.css. */
const WIDE = '(min-width: 64rem)';

const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The element a URL fragment names, or null; a malformed escape such as #%E0 names nothing rather than throwing. */
function elementForHash(hash: string): HTMLElement | null {
  if (hash.length < 2) return null;
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    return null;
  }
}

/** Adds the two buttons to each citable clause on the page. */
function addClauseActions(script: Script, clauses: CitableClause[], meta: CitationMeta): void {
  const ui = UI[script];
  for (const clause of clauses) {
    const section = document.getElementById(clause.id);
    if (!section?.hasAttribute('data-citable') || section.querySelector(':scope > .clause-actions')) continue;
    const name = clauseShortName(clauses, clause.id, script, meta);
    const box = document.createElement('div');
    box.className = 'clause-actions';
    for (const [action, word] of [
      ['copy-link', ui.copyLink],
      ['copy-cite', ui.copyCite],
    ] as const) {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.action = action;
      // The name starts with the visible word and adds the clause: "复制链接：第二部分第（三）项".
      button.setAttribute('aria-label', `${word}：${name}`);
      button.append(word);
      box.append(button);
    }
    // A clause with nested clauses (a part, an annex): the row goes under its heading, where
    // globals.css reserves it; a clause without: at its end.
    const heading = section.querySelector(':scope > .clause')
      ? section.querySelector(':scope > :is(h1, h2, h3, h4, h5, h6)')
      : null;
    if (heading) heading.after(box);
    else section.append(box);
  }
}

/** Installs the reader's delegated listeners and clause buttons; called once per page by site.ts. */
export function startReader({ script, origin, linkPath, clauses, meta }: ReaderData): void {
  const ui = UI[script];
  const status = document.getElementById('reader-status');
  const panel = document.getElementById('toc-panel');
  const nav = document.querySelector<HTMLElement>('[data-toc]');
  const openButton = document.querySelector<HTMLButtonElement>('[data-action="toc-open"]');
  const tocLinks = nav ? Array.from(nav.querySelectorAll<HTMLAnchorElement>('a[href*="#"]')) : [];
  const tocTargets = tocLinks.map((link) => elementForHash(link.hash));
  const known = new Set(clauses.map((clause) => clause.id));
  addClauseActions(script, clauses, meta);
  // No SITE_URL at build time (a local or preview build): links and the print footer use the address
  // the page is served from, so they work wherever it is served.
  const base = origin ?? window.location.origin;
  if (origin === null)
    for (const element of document.querySelectorAll('[data-page-url]'))
      element.textContent = `${base}${window.location.pathname}`;
  let statusTimer: number | undefined;

  const announce = (message: string): void => {
    if (!status) return;
    status.textContent = message;
    window.clearTimeout(statusTimer);
    statusTimer = window.setTimeout(() => (status.textContent = ''), 4000);
  };

  const copy = async (text: string): Promise<boolean> => {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // No async clipboard (plain http, old browser): the selection-based fallback.
      const area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.append(area);
      area.select();
      const ok = document.execCommand('copy');
      area.remove();
      return ok;
    }
  };

  /** The deepest clause whose start has passed the reading line: what the reader is reading now. */
  const clauseInView = (): HTMLElement | undefined => {
    const line = readingLine();
    let found: HTMLElement | undefined;
    for (const section of document.querySelectorAll<HTMLElement>('section.clause[id]')) {
      if (section.getBoundingClientRect().top <= line) found = section;
      else if (found) break;
    }
    return found;
  };

  /**
   * The navigator entry the reader arrived at (#id in the URL, a navigator link): marked while its
   * heading stays on screen, even when the page cannot scroll it up to the reading line.
   */
  let pinned: HTMLElement | null = null;
  // Unpinned only once it has been on screen and then left it: the browser scrolls to a #id after
  // this module may already have run, and a link's scroll follows its click.
  let pinnedSeen = false;
  const pin = (target: HTMLElement | null): void => {
    let element = target;
    // A paragraph's own id is not in the navigator: its part or item is.
    while (element && !tocTargets.includes(element))
      element = element.parentElement?.closest<HTMLElement>('section.clause') ?? null;
    pinned = element;
    pinnedSeen = false;
  };

  // Navigator: mark the entry in view, and keep it visible inside the panel's own scroll area.
  let current: HTMLAnchorElement | undefined;
  const markCurrent = (): void => {
    if (pinned) {
      const top = pinned.getBoundingClientRect().top;
      const onScreen = top >= 0 && top < window.innerHeight;
      if (onScreen) pinnedSeen = true;
      else if (pinnedSeen) pinned = null;
    }
    const line = readingLine();
    let index = pinned ? tocTargets.indexOf(pinned) : -1;
    if (index === -1) {
      tocTargets.forEach((target, i) => {
        if (target && target.getBoundingClientRect().top <= line) index = i;
      });
    }
    const link = tocLinks[Math.max(index, 0)];
    if (!link || link === current) return;
    current?.removeAttribute('aria-current');
    link.setAttribute('aria-current', 'location');
    current = link;
    if (nav && nav.scrollHeight > nav.clientHeight) {
      // Scroll the panel, never the page (scrollIntoView would move the page too).
      const top = link.offsetTop - nav.offsetTop;
      if (top < nav.scrollTop || top + link.offsetHeight > nav.scrollTop + nav.clientHeight) {
        nav.scrollTop = top - nav.clientHeight / 3;
      }
    }
  };
  // The toggle's href always carries the place (not only on click), so hovering it, copying its
  // address or opening it in a new tab keeps the place too.
  const toggles = Array.from(document.querySelectorAll<HTMLAnchorElement>('a[data-script-toggle]'));
  const syncToggles = (): void => {
    // The clause named in the URL if it is on screen, else the clause being read; none at the top.
    const hashTarget = elementForHash(location.hash);
    const rect = hashTarget?.getBoundingClientRect();
    const onScreen = rect && rect.bottom > 0 && rect.top < window.innerHeight;
    const id = onScreen && hashTarget ? hashTarget.id : window.scrollY > 0 ? clauseInView()?.id : undefined;
    for (const toggle of toggles) {
      const url = new URL(toggle.href);
      url.hash = id ?? '';
      if (toggle.href !== url.href) toggle.href = url.href;
    }
  };

  let frame = 0;
  const onScroll = (): void => {
    if (frame) return;
    frame = window.requestAnimationFrame(() => {
      frame = 0;
      markCurrent();
      syncToggles();
    });
  };
  const onHashChange = (): void => {
    pin(elementForHash(location.hash));
    onScroll();
  };

  // Phone navigator dialog.
  const isOpen = (): boolean => panel?.classList.contains('is-open') ?? false;
  const openPanel = (): void => {
    if (!panel || window.matchMedia(WIDE).matches) return;
    panel.classList.add('is-open');
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-modal', 'true');
    panel.setAttribute('aria-labelledby', 'toc-title');
    openButton?.setAttribute('aria-expanded', 'true');
    document.documentElement.classList.add('toc-locked');
    markCurrent();
    (current ?? panel.querySelector<HTMLElement>(FOCUSABLE))?.focus();
  };
  const closePanel = (returnFocus: boolean): void => {
    if (!panel || !isOpen()) return;
    panel.classList.remove('is-open');
    panel.removeAttribute('role');
    panel.removeAttribute('aria-modal');
    panel.removeAttribute('aria-labelledby');
    openButton?.setAttribute('aria-expanded', 'false');
    document.documentElement.classList.remove('toc-locked');
    if (returnFocus) openButton?.focus();
  };

  const onClick = (event: MouseEvent): void => {
    if (!(event.target instanceof Element)) return;
    const control = event.target.closest<HTMLElement>('[data-action], a[data-script-toggle], a[href]');
    if (!control) return;
    const action = control.dataset.action;
    // A navigator link to the hash already in the URL fires no hashchange: pin its clause here.
    if (control instanceof HTMLAnchorElement && nav?.contains(control)) pin(elementForHash(control.hash));
    if (action === 'copy-link' || action === 'copy-cite') {
      const id = control.closest('section.clause')?.id;
      if (!id || !known.has(id)) return;
      const url = `${base}${linkPath}#${id}`;
      const text = action === 'copy-link' ? url : `${citeClause(clauses, meta, id, script)}\n${url}`;
      const name = clauseShortName(clauses, id, script, meta);
      void copy(text).then((ok) =>
        announce(ok ? `${ui.copied[action === 'copy-link' ? 'link' : 'cite']}：${name}` : ui.copyFailed),
      );
    } else if (action === 'toc-open') {
      openPanel();
    } else if (action === 'toc-close') {
      closePanel(true);
    } else if (control instanceof HTMLAnchorElement && control.dataset.scriptToggle) {
      // Carry the place as it is at this moment (a scroll may not have been synced yet).
      syncToggles();
      try {
        localStorage.setItem(SCRIPT_PREFERENCE_KEY, control.dataset.scriptToggle);
      } catch {
        // Storage may be disabled (private mode); the link still works.
      }
    } else if (isOpen() && panel?.contains(control) && control instanceof HTMLAnchorElement) {
      // A choice in the phone navigator: close it and let the link scroll to the clause.
      closePanel(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    if (!panel || !isOpen()) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      closePanel(true);
    } else if (event.key === 'Tab') {
      // Trap focus: wrap from the last control to the first and back.
      const items = Array.from(panel.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => el.offsetParent !== null);
      const first = items[0];
      const last = items.at(-1);
      if (!first || !last) return;
      const active = document.activeElement;
      if (event.shiftKey && (active === first || !panel.contains(active))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (active === last || !panel.contains(active))) {
        event.preventDefault();
        first.focus();
      }
    }
  };

  const wide = window.matchMedia(WIDE);
  const onWide = (): void => {
    if (wide.matches) closePanel(false);
  };

  // The reader scrolling by hand ends the pin, even where the page cannot move (End at the foot of
  // the page): from then on the clause in view is the one marked.
  const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);
  const unpin = (): void => {
    if (!pinned) return;
    pinned = null;
    onScroll();
  };
  window.addEventListener('wheel', unpin, { passive: true });
  window.addEventListener('touchmove', unpin, { passive: true });
  document.addEventListener('keydown', (event) => {
    if (
      SCROLL_KEYS.has(event.key) &&
      !(event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable]'))
    )
      unpin();
  });
  document.addEventListener('click', onClick);
  document.addEventListener('keydown', onKeyDown);
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('hashchange', onHashChange);
  wide.addEventListener('change', onWide);
  pin(elementForHash(location.hash));
  markCurrent();
  syncToggles();
  // A signal for tests and for CSS: the page is enhanced.
  document.documentElement.dataset.reader = 'ready';
}
