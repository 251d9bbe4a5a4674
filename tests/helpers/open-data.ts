/**
 * Test helper for the open data: the OASIS schema read in place (never copied), a real XSD validator
 * (libxml2's xmllint compiled to WebAssembly, so no system package is needed), an XML parser for the
 * text of an AKN file, the text of a rendered page, and the RFC 4287 checks of an Atom feed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom';
import { defaultTreeAdapter, parse, type DefaultTreeAdapterTypes } from 'parse5';
import { validateXML } from 'xmllint-wasm';

/** Where the team keeps the OASIS schema: ../shared/standards/akn beside the repository (README, Open data). */
export const AKN_SCHEMA_DIR = path.resolve(process.cwd(), '..', 'shared', 'standards', 'akn');
export const AKN_SCHEMA_PRESENT = fs.existsSync(path.join(AKN_SCHEMA_DIR, 'akomantoso30.xsd'));
export const AKN_SCHEMA_MISSING_REASON = `the OASIS AKN schema is not at ${AKN_SCHEMA_DIR} (a machine outside the team): schema validation skipped`;

export interface SchemaResult {
  valid: boolean;
  errors: string[];
}

/**
 * Validates XML files against akomantoso30.xsd (and the xml.xsd it imports), as `xmllint --schema`
 * does; one run for many files, as loading the schema is most of the time. Results by file name.
 */
export async function validateAknFiles(files: ReadonlyArray<{ fileName: string; contents: string }>) {
  const read = (name: string) => ({
    fileName: name,
    contents: fs.readFileSync(path.join(AKN_SCHEMA_DIR, name), 'utf8'),
  });
  const result = await validateXML({ xml: files, schema: [read('akomantoso30.xsd')], preload: [read('xml.xsd')] });
  const verdicts = new Map<string, SchemaResult>();
  for (const { fileName } of files) {
    const errors = result.errors.filter((error) => error.loc?.fileName === fileName).map((error) => error.message);
    // xmllint ends its report on each file with "<file> validates" or "<file> fails to validate".
    const validates = result.rawOutput.split('\n').includes(`${fileName} validates`);
    verdicts.set(fileName, { valid: validates && errors.length === 0, errors });
  }
  return verdicts;
}

/** One file's verdict. */
export async function validateAkn(xml: string, fileName = 'document.akn.xml'): Promise<SchemaResult> {
  const verdict = (await validateAknFiles([{ fileName, contents: xml }])).get(fileName);
  if (!verdict) throw new Error(`xmllint said nothing about ${fileName}`);
  return verdict;
}

/** Parses XML strictly: any warning or error of the parser throws, so a malformed file cannot pass. */
export function parseXml(xml: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(xml, 'application/xml');
}

export const squash = (text: string): string => text.replace(/\s+/g, '');

const isElement = (node: Node): node is Element => node.nodeType === node.ELEMENT_NODE;

/** Every element in document order. */
export function elementsOf(node: Node): Element[] {
  const out: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling)
    if (isElement(child)) out.push(child, ...elementsOf(child));
  return out;
}

/** The words of an AKN file: every text node outside <meta>, whitespace folded away. */
export function aknText(xml: string): string {
  const walk = (node: Node): string => {
    if (node.nodeType === node.TEXT_NODE) return node.nodeValue ?? '';
    if (isElement(node) && node.localName === 'meta') return '';
    let text = '';
    for (let child = node.firstChild; child; child = child.nextSibling) text += walk(child);
    return text;
  };
  return squash(walk(parseXml(xml)));
}

/** The eIds of an AKN file, in document order. */
export function aknEids(xml: string): string[] {
  return elementsOf(parseXml(xml)).flatMap((element) => {
    const eId = element.getAttribute('eId');
    return eId === null ? [] : [eId];
  });
}

type HtmlNode = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;

function htmlClasses(node: DefaultTreeAdapterTypes.Element): string[] {
  return (node.attrs.find((attr) => attr.name === 'class')?.value ?? '').split(/\s+/);
}

function findByClass(node: HtmlNode, className: string): DefaultTreeAdapterTypes.Element | undefined {
  if (defaultTreeAdapter.isElementNode(node) && htmlClasses(node).includes(className)) return node;
  if (!('childNodes' in node)) return undefined;
  for (const child of node.childNodes) {
    const found = findByClass(child, className);
    if (found) return found;
  }
  return undefined;
}

/** What a reader sees of a node: its text without screen-reader-only copies (a hidden table caption). */
function visibleText(node: HtmlNode): string {
  if (defaultTreeAdapter.isTextNode(node)) return node.value;
  if (defaultTreeAdapter.isElementNode(node) && htmlClasses(node).includes('sr-only')) return '';
  return 'childNodes' in node ? node.childNodes.map(visibleText).join('') : '';
}

/** The document text of a page (its .doc-body) or of the pipeline's HTML for it, whitespace folded away. */
export function pageText(html: string): string {
  const document = parse(html);
  const body = findByClass(document, 'doc-body') ?? document;
  return squash(visibleText(body));
}
