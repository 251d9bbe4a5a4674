/**
 * 复制链接 / 复制引用 on every citable clause (section.clause[data-citable]): copies the clause's link,
 * or its citation and link, and confirms in #reader-status (aria-live). The buttons are added here,
 * not in the HTML, so a page without JavaScript has no dead buttons; globals.css reserves their
 * space, so adding them shifts nothing.
 */
import { citeClause, clauseShortName } from '@/lib/shared/citation';
import type { ReaderData } from '@/lib/shared/reader-data';
import { UI } from '@/lib/shared/ui/strings';
import { clickedControl } from './clicked-control';

export type CopyAction = 'copy-link' | 'copy-cite';

type Clauses = Pick<ReaderData, 'script' | 'clauses' | 'meta'>;

/** The clause's short name, e.g. 第二部分第（三）项. */
const nameOf = ({ script, clauses, meta }: Clauses, id: string): string => clauseShortName(clauses, id, script, meta);

/** The two buttons of a clause: action, visible word, and an accessible name that adds the clause: "复制链接：第二部分第（三）项". */
export function clauseButtons(data: Clauses, id: string): Array<{ action: CopyAction; word: string; label: string }> {
  const ui = UI[data.script];
  const name = nameOf(data, id);
  return [
    { action: 'copy-link', word: ui.copyLink, label: `${ui.copyLink}：${name}` },
    { action: 'copy-cite', word: ui.copyCite, label: `${ui.copyCite}：${name}` },
  ];
}

/**
 * What a button copies and the words that confirm it: the clause's link (`pageUrl#id`), or its
 * citation then the link on the next line. Null for an id the page's clause list does not have.
 */
export function clauseCopy(
  data: Clauses,
  action: CopyAction,
  id: string,
  pageUrl: string,
): { text: string; done: string } | null {
  if (!data.clauses.some((clause) => clause.id === id)) return null;
  const { copied } = UI[data.script];
  const url = `${pageUrl}#${id}`;
  const name = nameOf(data, id);
  return action === 'copy-link'
    ? { text: url, done: `${copied.link}：${name}` }
    : { text: `${citeClause(data.clauses, data.meta, id, data.script)}\n${url}`, done: `${copied.cite}：${name}` };
}

/** Adds the buttons and handles their clicks; `pageUrl` is the absolute address copied links point at. */
export function startClauseActions(data: Clauses, pageUrl: string): void {
  for (const { id } of data.clauses) addButtons(data, id);
  const announce = announcer(document.getElementById('reader-status'));
  document.addEventListener('click', (event) => {
    const control = clickedControl(event);
    const action = control?.dataset.action;
    if (action !== 'copy-link' && action !== 'copy-cite') return;
    const copy = clauseCopy(data, action, control?.closest('section.clause')?.id ?? '', pageUrl);
    if (copy) void copyText(copy.text).then((ok) => announce(ok ? copy.done : UI[data.script].copyFailed));
  });
}

function addButtons(data: Clauses, id: string): void {
  const section = document.getElementById(id);
  if (!section?.hasAttribute('data-citable') || section.querySelector(':scope > .clause-actions')) return;
  const row = document.createElement('div');
  row.className = 'clause-actions';
  for (const { action, word, label } of clauseButtons(data, id)) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.action = action;
    button.setAttribute('aria-label', label);
    button.append(word);
    row.append(button);
  }
  // A clause with nested clauses and a heading on its own line (a part, an annex, a 章): the row goes
  // under its heading, where globals.css reserves it. A heading that runs into its text (第五条) has no
  // line of its own, so that clause, like a clause without nested ones, gets the row at its end.
  const heading = section.querySelector(':scope > .clause')
    ? section.querySelector(':scope > :is(h1, h2, h3, h4, h5, h6)')
    : null;
  if (heading && getComputedStyle(heading).float === 'none') heading.after(row);
  else section.append(row);
}

/** Says a message in the live region and clears it after a few seconds, so it does not linger as stale page text. */
function announcer(status: HTMLElement | null): (message: string) => void {
  let timer: number | undefined;
  return (message) => {
    if (!status) return;
    status.textContent = message;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => (status.textContent = ''), 4000);
  };
}

async function copyText(text: string): Promise<boolean> {
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
}
