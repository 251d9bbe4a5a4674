/**
 * Build-time content loading: reads content/<id>/index.md, validates it, and renders it in both
 * scripts through the pipeline. Every later consumer (pages, navigator, search, sitemap) reads
 * the result of this one load; nothing parses the Markdown again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { createZhHantConverter } from './zh-hant.ts';
import { renderDocument, type Rendered } from '../pipeline/index.ts';
import type { Script } from '../../shared/types.ts';
import { ContentError } from './errors.ts';
import { frontMatterSchema, overridesSchema, type FrontMatter, type Overrides } from './schema.ts';

/** Where documents live; CONTENT_DIR overrides it (the tests build from broken copies). */
export const CONTENT_DIR = path.resolve(process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content'));
const DOC_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface DocumentVariant extends Rendered {
  /** The front matter, with its text in this variant's script. */
  meta: FrontMatter;
}

export interface LoadedDocument {
  /** The folder name, which is the document's URL segment. */
  id: string;
  /** Path of index.md relative to the project, as errors report it. */
  file: string;
  variants: Record<Script, DocumentVariant>;
}

const relative = (file: string): string => path.relative(process.cwd(), file) || file;

/** A key path as the YAML reads: annexes[0].title. */
const formatPath = (keys: readonly PropertyKey[]): string =>
  keys.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');

/**
 * The YAML line (1-based) of a key path, from the parsed document's node ranges: the key's own
 * line for a map entry, the item's line for a list entry. A path that is not in the YAML (a
 * missing key) falls back to its nearest ancestor that is, so the error lands where to add it.
 */
function lineOfPath(doc: Document, lineCounter: LineCounter, keys: readonly PropertyKey[]): number | undefined {
  for (let depth = keys.length; depth > 0; depth -= 1) {
    const parent = depth === 1 ? doc.contents : doc.getIn(keys.slice(0, depth - 1), true);
    const key = keys[depth - 1];
    const node = isMap(parent)
      ? parent.items.find((pair) => (isScalar(pair.key) ? pair.key.value : pair.key) === key)?.key
      : isSeq(parent) && typeof key === 'number'
        ? parent.items[key]
        : undefined;
    const offset = isScalar(node) || isMap(node) || isSeq(node) ? node.range?.[0] : undefined;
    if (offset !== undefined) return lineCounter.linePos(offset).line;
  }
  const root = doc.contents?.range?.[0];
  return root === undefined ? undefined : lineCounter.linePos(root).line;
}

/** The keys an object schema allows at a path (for "allowed keys: …"), looking through arrays and defaults. */
function allowedKeys(schema: z.ZodType, keys: readonly PropertyKey[]): string[] {
  const unwrap = (node: unknown): unknown => (node instanceof z.ZodDefault || node instanceof z.ZodOptional ? unwrap(node.unwrap()) : node);
  let current = unwrap(schema);
  for (const key of keys) {
    if (current instanceof z.ZodObject && typeof key === 'string') current = unwrap(current.shape[key]);
    else if (current instanceof z.ZodArray) current = unwrap(current.element);
    else return [];
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

/** Parses YAML and validates it against a schema, reporting file:line on failure. */
function parseYaml<T extends z.ZodType>(schema: T, text: string, file: string, firstLine: number): z.infer<T> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, lineCounter });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0].line;
    throw new ContentError(file, line === undefined ? firstLine : firstLine + line - 1, `invalid YAML: ${yamlError.message.split('\n')[0]}`, 'correct the YAML syntax');
  }
  // reportInput: whether a field is missing is read from the input zod saw, not from its English message.
  const result = schema.safeParse(doc.toJS(), { reportInput: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const at = (keys: readonly PropertyKey[]): number => {
    const line = lineOfPath(doc, lineCounter, keys);
    return line === undefined ? firstLine : firstLine + line - 1;
  };
  if (!issue) throw new ContentError(file, firstLine, 'invalid YAML content', 'correct the YAML');
  const keyPath = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const [key = ''] = issue.keys;
    const where = keyPath ? ` in ${keyPath}` : '';
    const allowed = allowedKeys(schema, issue.path);
    throw new ContentError(
      file,
      at([...issue.path, key]),
      `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}${where}`,
      `remove the key or correct its spelling; allowed keys${where}: ${allowed.join(', ')}`,
    );
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    const name = String(issue.path.at(-1) ?? '');
    const parent = formatPath(issue.path.slice(0, -1));
    throw new ContentError(file, at(issue.path), `missing required field "${keyPath}"`, `add ${name}: ${parent ? `under ${parent}` : 'to the YAML'}`);
  }
  throw new ContentError(file, at(issue.path), `field "${keyPath}": ${issue.message}`, `correct the value of ${keyPath}`);
}

/** Splits front matter from the body; the body keeps its line numbers (front matter lines become blank). */
export function splitFrontMatter(source: string, file: string): { yaml: string; body: string } {
  const lines = source.replace(/^\uFEFF/, '').split('\n');
  if (lines[0]?.trim() !== '---') throw new ContentError(file, 1, 'missing front matter', 'start the file with a line ---, the YAML fields, and a closing ---');
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end === -1) throw new ContentError(file, 1, 'the front matter is not terminated', 'close the front matter with a line --- after the last field');
  return {
    yaml: lines.slice(1, end).join('\n'),
    body: [...lines.slice(0, end + 1).map(() => ''), ...lines.slice(end + 1)].join('\n'),
  };
}

/** Converts every string in the front matter (titles, issuer …); dates and URLs are unaffected by conversion. */
function convertMeta(meta: FrontMatter, convert: (text: string) => string): FrontMatter {
  return {
    ...meta,
    title: convert(meta.title),
    docNumber: convert(meta.docNumber),
    issuer: convert(meta.issuer),
    type: convert(meta.type),
    source: { ...meta.source, publisher: convert(meta.source.publisher) },
    annexes: meta.annexes.map((annex) => ({ title: convert(annex.title) })),
  };
}

/** Loads and renders one document folder; throws ContentError on any malformed input. */
export function loadDocument(dir: string): LoadedDocument {
  const id = path.basename(dir);
  const file = relative(path.join(dir, 'index.md'));
  if (!DOC_ID.test(id)) throw new ContentError(relative(dir), undefined, `"${id}" is not a valid document id`, 'name the folder in lowercase letters, digits and hyphens, e.g. ndrc-2007-2897');
  if (!fs.existsSync(path.join(dir, 'index.md'))) throw new ContentError(file, undefined, 'the document folder has no index.md', 'add index.md, e.g. with npm run import');
  const { yaml, body } = splitFrontMatter(fs.readFileSync(path.join(dir, 'index.md'), 'utf8'), file);
  const meta = parseYaml(frontMatterSchema, yaml, file, 2);

  const overridesFile = path.join(dir, 'overrides.yaml');
  const overrides: Overrides = fs.existsSync(overridesFile)
    ? parseYaml(overridesSchema, fs.readFileSync(overridesFile, 'utf8'), relative(overridesFile), 1)
    : { zhHant: [] };

  const structure = { title: meta.title, docNumber: meta.docNumber, annexTitles: meta.annexes.map((a) => a.title) };
  const hans = renderDocument(body, file, structure);
  const zhHant = createZhHantConverter(overrides.zhHant);
  const hant = renderDocument(body, file, { ...structure, convert: zhHant.convert });
  const hantMeta = convertMeta(meta, zhHant.convert);
  for (const [override, count] of zhHant.uses) {
    if (count === 0) {
      const overridesText = fs.readFileSync(overridesFile, 'utf8');
      const line = overridesText.split('\n').findIndex((l) => l.includes(override.from)) + 1;
      throw new ContentError(relative(overridesFile), line || undefined, `the override "${override.from}" → "${override.to}" never applies`, 'remove it, or correct its from: text to match OpenCC output');
    }
  }
  return { id, file, variants: { 'zh-hans': { ...hans, meta }, 'zh-hant': { ...hant, meta: hantMeta } } };
}

let cache: LoadedDocument[] | undefined;

/** All documents under content/, newest first (same day: by id, so the order never depends on the file system). Loaded once per process. */
export function loadDocuments(contentDir: string = CONTENT_DIR): LoadedDocument[] {
  if (contentDir === CONTENT_DIR && cache) return cache;
  const docs = fs
    .readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => loadDocument(path.join(contentDir, entry.name)))
    .sort((a, b) => b.variants['zh-hans'].meta.datePublished.localeCompare(a.variants['zh-hans'].meta.datePublished) || a.id.localeCompare(b.id));
  if (contentDir === CONTENT_DIR) cache = docs;
  return docs;
}

/** One document by id, or undefined. */
export function getDocument(id: string): LoadedDocument | undefined {
  return loadDocuments().find((doc) => doc.id === id);
}
