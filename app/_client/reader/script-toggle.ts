/**
 * The 简体/繁體 link (a[data-script-toggle]) keeps the reader's place: its href always carries the #id
 * of the clause in view, not only on click, so hovering it, copying its address or opening it in a
 * new tab keeps the place too. Following it remembers the choice for the home page.
 */
import { SCRIPT_PREFERENCE_KEY } from '@/lib/shared/ui/reader-text';
import { clickedControl } from './clicked-control';
import { clauseInView } from './reading-line';
import { elementForHash } from './url-fragment';

/** The clause the URL's #id names, and whether any of it is on screen. */
export interface NamedClause {
  id: string;
  onScreen: boolean;
}

/**
 * The clause to carry: the one the URL names while it is on screen, else the one being read. None
 * at the very top of the page, so the other script opens at its top too. `inView` is asked only
 * when needed: it measures the page.
 */
export function placeToCarry(
  named: NamedClause | null,
  scrolled: boolean,
  inView: () => string | undefined,
): string | undefined {
  if (named?.onScreen) return named.id;
  return scrolled ? inView() : undefined;
}

/** Whether a box from `top` to `bottom` (viewport px) shows in a viewport `height` tall. */
export function overlapsViewport(top: number, bottom: number, height: number): boolean {
  return bottom > 0 && top < height;
}

/** The toggle's href with the place as its #id, or with no fragment when there is no place. */
export function toggleHref(href: string, id: string | undefined): string {
  const url = new URL(href);
  url.hash = id ?? '';
  return url.href;
}

/** Starts the toggles; `sync` brings their hrefs up to date with the place (once per frame while scrolling). */
export function startScriptToggle(): { sync: () => void } {
  const toggles = Array.from(document.querySelectorAll<HTMLAnchorElement>('a[data-script-toggle]'));
  const sync = (): void => {
    const id = placeToCarry(namedClause(), window.scrollY > 0, () => clauseInView()?.id);
    for (const toggle of toggles) {
      const href = toggleHref(toggle.href, id);
      if (toggle.href !== href) toggle.href = href;
    }
  };
  document.addEventListener('click', (event) => {
    const control = clickedControl(event);
    const script = control instanceof HTMLAnchorElement ? control.dataset.scriptToggle : undefined;
    if (!script) return;
    // Carry the place as it is at this moment (a scroll may not have been synced yet).
    sync();
    try {
      localStorage.setItem(SCRIPT_PREFERENCE_KEY, script);
    } catch {
      // Storage may be disabled (private mode); the link still works.
    }
  });
  return { sync };
}

function namedClause(): NamedClause | null {
  const target = elementForHash(location.hash);
  if (!target) return null;
  const { top, bottom } = target.getBoundingClientRect();
  return { id: target.id, onScreen: overlapsViewport(top, bottom, window.innerHeight) };
}
