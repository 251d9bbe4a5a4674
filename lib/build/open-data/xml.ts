/**
 * A small XML writer: elements as data, serialised in one place with escaping, so no builder ever
 * concatenates markup. Output is deterministic (attributes in the order given, two-space indent) so
 * two builds of the same content are byte-identical.
 */

export type XmlNode = XmlElement | string;

export interface XmlElement {
  name: string;
  attrs: ReadonlyArray<readonly [string, string]>;
  children: readonly XmlNode[];
}

export class XmlError extends Error {
  override name = 'XmlError';
}

/** An element; attributes whose value is undefined are left out, so optional facts need no branches. */
export function el(name: string, attrs: Record<string, string | undefined> = {}, children: readonly XmlNode[] = []) {
  const present = Object.entries(attrs).flatMap(([key, value]) => (value === undefined ? [] : [[key, value] as const]));
  return { name, attrs: present, children } satisfies XmlElement;
}

// Characters XML 1.0 cannot carry at all, even escaped: a build must fail rather than write a file no parser reads.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function checked(text: string): string {
  const bad = NOT_XML.exec(text);
  if (bad) throw new XmlError(`U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')} cannot be written in XML`);
  return text;
}

export function escapeText(text: string): string {
  return checked(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Quotes both kinds; tabs and line breaks as references, which attribute-value normalisation would otherwise turn into spaces. */
export function escapeAttr(value: string): string {
  return escapeText(value)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

const NAME = /^[A-Za-z_][\w.:-]*$/;

function startTag(element: XmlElement, close: string): string {
  if (!NAME.test(element.name)) throw new XmlError(`"${element.name}" is not an element name`);
  const attrs = element.attrs.map(([key, value]) => {
    if (!NAME.test(key)) throw new XmlError(`"${key}" is not an attribute name`);
    return ` ${key}="${escapeAttr(value)}"`;
  });
  return `<${element.name}${attrs.join('')}${close}`;
}

/**
 * An element that holds text, or may (`textElements`: a <p> holding only a <docDate>), is written on one
 * line: indenting mixed content would add whitespace to the text.
 */
function write(node: XmlNode, indent: string, textElements: ReadonlySet<string>): string {
  if (typeof node === 'string') return escapeText(node);
  if (node.children.length === 0) return startTag(node, '/>');
  const end = `</${node.name}>`;
  if (textElements.has(node.name) || node.children.some((child) => typeof child === 'string'))
    return `${startTag(node, '>')}${node.children.map((child) => write(child, '', textElements)).join('')}${end}`;
  const inner = node.children.map((child) => `${indent}  ${write(child, `${indent}  `, textElements)}`);
  return `${startTag(node, '>')}\n${inner.join('\n')}\n${indent}${end}`;
}

/** The document: XML declaration, the root element, a final newline. */
export function serializeXml(root: XmlElement, textElements: ReadonlySet<string> = new Set()): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${write(root, '', textElements)}\n`;
}
