/**
 * CSL-JSON and BibTeX entries of a document, written here rather than with citation.js: each is one
 * record of a handful of fields, and a small exact builder is easier to hold to golden strings than a
 * general converter (and adds no dependency).
 *
 * - CSL-JSON (CSL 1.0.2 data schema): a regulation-type document (令, 办法, 规定, 细则, 条例) is
 *   `legislation`, anything else (通知, 意见 …) `document`; the issuing body is both `author` (as a
 *   literal, never split into given and family names) and `authority`; `issued` is the publication date.
 * - BibTeX: @misc, which every style knows, with biblatex's `date`, `type`, `number`, `url` and `urldate`;
 *   the body's name is braced so no style reads it as a person's name.
 */
import type { FrontMatter } from '../content/schema.ts';
import { LANG } from '../../shared/routes.ts';
import type { Script } from '../../shared/types.ts';

type Meta = Pick<FrontMatter, 'title' | 'docNumber' | 'issuer' | 'type' | 'datePublished'>;

/** 文种 that make a document a regulation rather than an administrative document. */
const LEGISLATION = new Set(['令', '办法', '规定', '细则', '条例', '辦法', '規定', '細則', '條例']);

/** 2007-12-05 → {"date-parts": [[2007, 12, 5]]}, CSL's date form. */
function cslDate(iso: string): string {
  return `{ "date-parts": [[${iso.split('-').map(Number).join(', ')}]] }`;
}

/**
 * The CSL-JSON item, one field a line. `accessed` is a blank the browser fills (%ACCESSED_PARTS% stands
 * for numbers), so the template is JSON only once filled; the URL blank sits inside a string.
 */
export function cslJson(docId: string, script: Script, meta: Meta): string {
  const fields: Array<[string, string]> = [
    ['id', JSON.stringify(docId)],
    ['type', JSON.stringify(LEGISLATION.has(meta.type) ? 'legislation' : 'document')],
    ['title', JSON.stringify(meta.title)],
    ...(meta.docNumber ? [['number', JSON.stringify(meta.docNumber)] satisfies [string, string]] : []),
    ['genre', JSON.stringify(meta.type)],
    ['author', `[{ "literal": ${JSON.stringify(meta.issuer)} }]`],
    ['authority', JSON.stringify(meta.issuer)],
    ['issued', cslDate(meta.datePublished)],
    ['accessed', '{ "date-parts": [[%ACCESSED_PARTS%]] }'],
    ['language', JSON.stringify(LANG[script])],
    ['URL', '"%URL%"'],
  ];
  return `{\n${fields.map(([name, value]) => `  "${name}": ${value}`).join(',\n')}\n}`;
}

/** Text for a BibTeX field: the characters TeX reads as commands escaped. */
function bibText(text: string): string {
  return text.replace(/[\\{}%&$#_~^]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`));
}

/** The BibTeX entry; its key is the document id, the same in both scripts, as the document is one work. */
export function bibtex(docId: string, meta: Meta): string {
  const fields: Array<[string, string]> = [
    ['author', `{${bibText(meta.issuer)}}`],
    ['title', bibText(meta.title)],
    ...(meta.docNumber ? [['number', bibText(meta.docNumber)] satisfies [string, string]] : []),
    ['type', bibText(meta.type)],
    ['date', meta.datePublished],
    ['year', meta.datePublished.slice(0, 4)],
    ['url', '%URL%'],
    ['urldate', '%ACCESSED%'],
  ];
  return `@misc{${docId},\n${fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n')}\n}`;
}
