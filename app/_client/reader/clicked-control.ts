/**
 * The control a click landed on, for the reader's delegated click listeners: a [data-action] button,
 * the script toggle or a link. The click may land on a child of it (a span inside a link).
 */
export function clickedControl(event: Event): HTMLElement | null {
  return event.target instanceof Element
    ? event.target.closest<HTMLElement>('[data-action], a[data-script-toggle], a[href]')
    : null;
}
