/**
 * The reader's behaviour on the server-rendered document and clause pages, as plain DOM code; the
 * page is complete HTML+CSS without it. Each behaviour is its own module under reader/:
 * - clause-actions: 复制链接 / 复制引用 on every citable clause, announced in #reader-status;
 * - scroll-spy: the navigator marks (aria-current="location") and shows the entry in view;
 * - navigator-dialog: on phones the navigator is a modal dialog with a focus trap;
 * - script-toggle: the 简体/繁體 link carries the clause in view as #id and remembers the choice.
 * This module starts them and drives the per-frame updates while the page scrolls.
 */
import type { ReaderData } from '@/lib/shared/reader-data';
import { startClauseActions } from './reader/clause-actions';
import { startNavigatorDialog } from './reader/navigator-dialog';
import { startScriptToggle } from './reader/script-toggle';
import { startScrollSpy } from './reader/scroll-spy';

/** Installs the reader's listeners and clause buttons; called once per page by site.ts. */
export function startReader(data: ReaderData): void {
  // No SITE_URL at build time (a local or preview build): links and the print footer use the address
  // the page is served from, so they work wherever it is served.
  const base = data.origin ?? window.location.origin;
  if (data.origin === null)
    for (const element of document.querySelectorAll('[data-page-url]'))
      element.textContent = `${base}${window.location.pathname}`;
  startClauseActions(data, `${base}${data.linkPath}`);

  const refresh = oncePerFrame(() => {
    spy.update();
    toggle.sync();
  });
  const spy = startScrollSpy(refresh);
  const toggle = startScriptToggle();
  startNavigatorDialog(() => {
    spy.update();
    return spy.current();
  });
  window.addEventListener('scroll', refresh, { passive: true });
  spy.update();
  toggle.sync();
  // A signal for tests and for CSS: the page is enhanced.
  document.documentElement.dataset.reader = 'ready';
}

/** Runs `task` at most once per animation frame, however many scroll events arrive before it. */
function oncePerFrame(task: () => void): () => void {
  let frame = 0;
  return () => {
    if (frame) return;
    frame = window.requestAnimationFrame(() => {
      frame = 0;
      task();
    });
  };
}
