/**
 * Test helper: an Atom feed checked against RFC 4287 after a strict XML parse. Returns the problems
 * found (none for a valid feed), so a test can show them all and a broken feed can be shown to fail.
 */
import type { Element } from '@xmldom/xmldom';
import { elementsOf, parseXml } from './open-data.ts';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** RFC 3339 date-time, with seconds and an explicit offset. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
/** RFC 4151: tag:authority,date:specific. */
const TAG_URI = /^tag:(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|[^@\s]+@[a-z0-9.-]+),\d{4}(?:-\d{2}(?:-\d{2})?)?:[^\s]*$/i;

const children = (parent: Element, name: string): Element[] =>
  elementsOf(parent).filter((el) => el.parentNode === parent && el.namespaceURI === ATOM_NS && el.localName === name);

const textOf = (element: Element | undefined): string => element?.textContent?.trim() ?? '';

function isAbsolute(href: string): boolean {
  try {
    return new URL(href).protocol !== '';
  } catch {
    return false;
  }
}

/** The checks shared by feed and entry: one id (a tag: or https IRI), one title, one updated in RFC 3339, absolute links. */
function checkCommon(node: Element, where: string): string[] {
  const problems: string[] = [];
  for (const name of ['id', 'title', 'updated'])
    if (children(node, name).length !== 1) problems.push(`${where}: needs exactly one atom:${name}`);
  const id = textOf(children(node, 'id')[0]);
  if (id && !TAG_URI.test(id) && !id.startsWith('https://'))
    problems.push(`${where}: id "${id}" is no tag: or https: URI`);
  for (const name of ['updated', 'published'])
    for (const time of children(node, name).map((el) => textOf(el)))
      if (!RFC3339.test(time) || Number.isNaN(Date.parse(time)))
        problems.push(`${where}: ${name} "${time}" is not RFC 3339`);
  const alternates = new Set<string>();
  for (const link of children(node, 'link')) {
    const href = link.getAttribute('href') ?? '';
    if (!isAbsolute(href)) problems.push(`${where}: link href "${href}" is not absolute`);
    if ((link.getAttribute('rel') ?? 'alternate') !== 'alternate') continue;
    const key = `${link.getAttribute('type') ?? ''} ${link.getAttribute('hreflang') ?? ''}`;
    if (alternates.has(key)) problems.push(`${where}: two alternate links with type and hreflang "${key}"`);
    alternates.add(key);
  }
  return problems;
}

const hasAuthor = (node: Element): boolean =>
  children(node, 'author').some((a) => textOf(children(a, 'name')[0]) !== '');

function checkEntry(entry: Element, i: number, feedHasAuthor: boolean): string[] {
  const where = `entry ${i + 1}`;
  const problems = checkCommon(entry, where);
  const alternate = children(entry, 'link').some((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate');
  if (children(entry, 'content').length === 0 && !alternate)
    problems.push(`${where}: no content and no alternate link`);
  if (!feedHasAuthor && !hasAuthor(entry)) problems.push(`${where}: no author, and the feed has none`);
  if (children(entry, 'published').length > 1) problems.push(`${where}: more than one published`);
  return problems;
}

/** RFC 4287's rules for a feed document; [] when it is valid Atom. Throws on XML that does not parse. */
export function atomProblems(xml: string): string[] {
  const feed = parseXml(xml).documentElement;
  if (!feed || feed.namespaceURI !== ATOM_NS || feed.localName !== 'feed') return ['the root is not atom:feed'];
  const feedHasAuthor = hasAuthor(feed);
  const entries = children(feed, 'entry');
  const ids = entries.map((entry) => textOf(children(entry, 'id')[0]));
  return [
    ...checkCommon(feed, 'feed'),
    ...entries.flatMap((entry, i) => checkEntry(entry, i, feedHasAuthor)),
    ...ids.filter((id, i) => ids.indexOf(id) !== i).map((id) => `entry id "${id}" is used twice`),
  ];
}

/** Each entry's updated time and id, in feed order. */
export function atomEntries(xml: string): Array<{ id: string; title: string; updated: string; links: Element[] }> {
  const feed = parseXml(xml).documentElement;
  if (!feed) return [];
  return children(feed, 'entry').map((entry) => ({
    id: textOf(children(entry, 'id')[0]),
    title: textOf(children(entry, 'title')[0]),
    updated: textOf(children(entry, 'updated')[0]),
    links: children(entry, 'link'),
  }));
}
