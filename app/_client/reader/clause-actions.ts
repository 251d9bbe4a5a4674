/**
 * 复制链接 / 复制引用 on every citable clause (section.clause[data-citable]): copies the clause's link, or
 * (from the 复制引用 list, cite-menu.ts) its citation in a chosen format, and confirms in #reader-status
 * (aria-live). The buttons are added here,
 * not in the HTML, so a page without JavaScript has no dead buttons; globals.css reserves their
 * space, so adding them shifts nothing.
 */
import { citeClause, clauseShortName } from '@/lib/shared/citation';
import { fillTemplate, gbtTemplateFor, isoDay, type CiteFormat } from '@/lib/shared/citation-formats';
import type { ReaderData } from '@/lib/shared/reader-data';
import { READER_TEXT } from '@/lib/shared/ui/reader-text';
import { CITE_MENU_ID, startCiteMenu } from './cite-menu';
import { clickedControl } from './clicked-control';

export type CopyAction = 'copy-link' | 'copy-cite';

type Clauses = Pick<ReaderData, 'script' | 'clauses' | 'meta' | 'formats'>;

/** The clause's short name, e.g. 第二部分第（三）项. */
const nameOf = ({ script, clauses, meta }: Clauses, id: string): string => clauseShortName(clauses, id, script, meta);

/** The two buttons of a clause: action, visible word, and an accessible name that adds the clause: "复制链接：第二部分第（三）项". */
export function clauseButtons(data: Clauses, id: string): Array<{ action: CopyAction; word: string; label: string }> {
  const ui = READER_TEXT[data.script];
  const name = nameOf(data, id);
  return [
    { action: 'copy-link', word: ui.copyLink, label: `${ui.copyLink}：${name}` },
    { action: 'copy-cite', word: ui.copyCite, label: `${ui.copyCite}：${name}` },
  ];
}

/**
 * What a choice copies and the words that confirm it: the clause's link (`pageUrl#id`); its Chinese
 * citation then the link on the next line; or a prebuilt standard-format string with its blanks filled
 * (the clause's link for GB/T 7714 of the clause, the page's for the whole document; `accessed` is the
 * 引用日期, YYYY-MM-DD). Null for an id the page's clause list does not have.
 */
export function clauseCopy(
  data: Clauses,
  action: 'copy-link' | CiteFormat,
  id: string,
  pageUrl: string,
  accessed: string,
): { text: string; done: string } | null {
  if (!data.clauses.some((clause) => clause.id === id)) return null;
  const { copied, citeFormats } = READER_TEXT[data.script];
  const url = `${pageUrl}#${id}`;
  const name = nameOf(data, id);
  const done = action === 'copy-link' ? `${copied.link}：${name}` : `${copied.cite}（${citeFormats[action]}）：${name}`;
  switch (action) {
    case 'copy-link':
      return { text: url, done };
    case 'chinese':
      return { text: `${citeClause(data.clauses, data.meta, id, data.script)}\n${url}`, done };
    case 'gbt-clause':
      return { text: fillTemplate(gbtTemplateFor(data.formats, data.clauses, id), url, accessed), done };
    case 'gbt-document':
      return { text: fillTemplate(data.formats.gbt, pageUrl, accessed), done };
    case 'csl':
    case 'bibtex':
      return { text: fillTemplate(data.formats[action], pageUrl, accessed), done };
  }
}

/** Adds the buttons and handles their clicks; `pageUrl` is the absolute address copied links point at. */
export function startClauseActions(data: Clauses, pageUrl: string): void {
  for (const { id } of data.clauses) addButtons(data, id);
  const announce = announcer(document.getElementById('reader-status'));
  const copy = (action: 'copy-link' | CiteFormat, control: HTMLElement): void => {
    const id = control.closest('section.clause')?.id ?? '';
    const result = clauseCopy(data, action, id, pageUrl, isoDay(new Date()));
    if (result)
      void copyText(result.text).then((ok) => announce(ok ? result.done : READER_TEXT[data.script].copyFailed));
  };
  const menu = startCiteMenu(data.script, copy);
  document.addEventListener('click', (event) => {
    const control = clickedControl(event);
    const action = control?.dataset.action;
    if (action === 'copy-link' && control) copy(action, control);
    else if (action === 'copy-cite' && control instanceof HTMLButtonElement) menu.toggle(control);
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
    // 复制引用 opens the list of formats (cite-menu.ts): a disclosure, so it says whether it is open.
    if (action === 'copy-cite') {
      button.setAttribute('aria-expanded', 'false');
      button.setAttribute('aria-controls', CITE_MENU_ID);
    }
    button.append(word);
    row.append(button);
  }
  // A clause with nested clauses and a heading on its own line (a part, an annex, a 章), or a lead-in
  // paragraph before its items (（三）…，主要包括：): the row goes under that line, where globals.css
  // reserves it. A heading that runs into its text (第五条) has no line of its own, so that clause, like
  // a clause without nested ones, gets the row at its end.
  const heading = section.querySelector(':scope > .clause')
    ? section.querySelector(':scope > :is(h1, h2, h3, h4, h5, h6), :scope > p:first-child')
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
