/**
 * The CSP hashes of the built pages: every inline <script> the browser would run and every inline
 * <style>, hashed as the browser hashes them (SHA-256 of the element's text, base64). The policy is
 * computed from the pages themselves, so a changed inline script or stylesheet can never ship with a
 * stale hash; markup that no hash can allow (style="", onclick="", javascript: URLs) fails instead.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { readPage, type Page, type SourceElement } from '../strip-runtime.ts';
import type { InlineHashes } from './headers.ts';

export class InlineMarkupError extends Error {
  override name = 'InlineMarkupError';
}

/** Script types a browser does not execute: data blocks (JSON-LD, the reader's JSON) need no hash. */
const DATA_BLOCK_TYPES = new Set(['application/ld+json', 'application/json']);

/** The CSP source for a script's or style's text: 'sha256-<base64>'. */
export function cspHash(text: string): string {
  return `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The element's text as the browser sees it: raw text, with line breaks normalised by the HTML parser. */
function textOf(page: Page, element: SourceElement): string {
  if (element.endTagStart === undefined) throw new InlineMarkupError(`${page.file}: <${element.name}> has no end tag`);
  return page.html.slice(element.startTagEnd, element.endTagStart).replace(/\r\n?/g, '\n');
}

/** Fails on inline code a hash cannot allow: style and on* attributes, javascript: URLs. */
function checkAttributes(page: Page, element: SourceElement): void {
  for (const [name, value] of element.attrs) {
    const bad =
      name === 'style' || name.startsWith('on') || (/^(href|src|action)$/.test(name) && /^\s*javascript:/i.test(value));
    if (bad)
      throw new InlineMarkupError(
        `${page.file}: <${element.name} ${name}="…"> is inline code the Content-Security-Policy blocks: move it to the stylesheet or the site script`,
      );
  }
}

/** The inline scripts and styles of one page, as CSP sources. */
export function pageHashes(html: string, file: string): InlineHashes {
  const page = readPage(html, file);
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const element of page.elements) {
    checkAttributes(page, element);
    if (element.name === 'style') styles.push(cspHash(textOf(page, element)));
    const type = (element.attrs.get('type') ?? '').trim().toLowerCase();
    if (element.name === 'script' && !element.attrs.has('src') && !DATA_BLOCK_TYPES.has(type))
      scripts.push(cspHash(textOf(page, element)));
  }
  return { scripts, styles };
}

/** Every .html file under `root`, sorted. */
export function htmlFilesUnder(root: string): string[] {
  return fs
    .readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** The union of the hashes of every page in the export, sorted, so the policy is the same for every build of the same pages. */
export function exportHashes(root: string): InlineHashes {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const file of htmlFilesUnder(root)) {
    const hashes = pageHashes(fs.readFileSync(file, 'utf8'), path.relative(process.cwd(), file));
    for (const hash of hashes.scripts) scripts.add(hash);
    for (const hash of hashes.styles) styles.add(hash);
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}

/** The hash sources a CSP string allows for one directive. */
export function allowedSources(csp: string, directive: 'script-src' | 'style-src'): Set<string> {
  const entry = csp
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === directive);
  return new Set(entry?.slice(1).filter((source) => source.startsWith("'sha256-")) ?? []);
}

/** Fails unless every inline script and style of every page has its hash in `csp`, naming the first page that does not. */
export function checkPagesAgainst(root: string, csp: string): void {
  const scripts = allowedSources(csp, 'script-src');
  const styles = allowedSources(csp, 'style-src');
  for (const file of htmlFilesUnder(root)) {
    const name = path.relative(root, file);
    const hashes = pageHashes(fs.readFileSync(file, 'utf8'), name);
    const missing = [
      ...hashes.scripts.filter((hash) => !scripts.has(hash)).map((hash) => `inline script ${hash}`),
      ...hashes.styles.filter((hash) => !styles.has(hash)).map((hash) => `inline style ${hash}`),
    ];
    if (missing.length > 0)
      throw new InlineMarkupError(`${name}: not allowed by the Content-Security-Policy: ${missing.join(', ')}`);
  }
}
