/**
 * Loads one document folder: reads content/<id>/index.md and its overrides, validates them, and
 * renders the body in both scripts through the pipeline. Everything later (pages, navigator, search,
 * sitemap) reads the result; nothing parses the Markdown again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isScalar, LineCounter, parseDocument } from 'yaml';
import type { Script } from '../../shared/types.ts';
import { renderDocument, type Rendered } from '../pipeline/index.ts';
import { parseYaml, splitFrontMatter } from './front-matter.ts';
import { failIn } from './messages.ts';
import { frontMatterSchema, overridesSchema, type FrontMatter, type Overrides } from './schema.ts';
import { createZhHantConverter, type ZhHantConverter } from './zh-hant.ts';

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

/** Converts every string in the front matter (titles, issuer …); dates and URLs are unaffected by conversion. */
function convertMeta(meta: FrontMatter, convert: (text: string) => string): FrontMatter {
  return {
    ...meta,
    title: convert(meta.title),
    ...(meta.docNumber ? { docNumber: convert(meta.docNumber) } : {}),
    issuer: convert(meta.issuer),
    type: convert(meta.type),
    source: { ...meta.source, publisher: convert(meta.source.publisher) },
    annexes: meta.annexes.map((annex) => ({ title: convert(annex.title) })),
  };
}

function readOverrides(file: string): Overrides {
  return fs.existsSync(file)
    ? parseYaml(overridesSchema, fs.readFileSync(file, 'utf8'), relative(file), 1)
    : { zhHant: [] };
}

/** An override that never applied is stale: OpenCC or the text changed, and it would hide the next error. */
function checkOverridesUsed(converter: ZhHantConverter, file: string): void {
  for (const [override, count] of converter.uses) {
    if (count > 0) continue;
    const line =
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes(override.from)) + 1;
    const reason = `the override "${override.from}" → "${override.to}" never applies`;
    const note = 'remove it, or correct its from: text to match OpenCC output';
    failIn(relative(file), { ruleId: 'stale-override', reason, note }, line || undefined);
  }
}

/** The file line of source.file in the front matter (its YAML starts on line 2), for the error to point at. */
function sourceFileLine(yaml: string): number | undefined {
  const lineCounter = new LineCounter();
  const node = parseDocument(yaml, { lineCounter }).getIn(['source', 'file'], true);
  const offset = isScalar(node) ? node.range?.[0] : undefined;
  return offset === undefined ? undefined : lineCounter.linePos(offset).line + 1;
}

/**
 * Provenance: source.file must name the saved page inside the document's folder, or the text could
 * no longer be checked against what was published.
 */
function checkSourceFile(dir: string, file: string, yaml: string, sourceFile: string): void {
  const copy = path.resolve(dir, sourceFile);
  const inside = !path.relative(dir, copy).startsWith('..') && !path.isAbsolute(sourceFile);
  if (inside && fs.existsSync(copy) && fs.statSync(copy).isFile()) return;
  const reason = `source.file "${sourceFile}" is not a file in the document's folder ${relative(dir)}`;
  const note = `save the page as ${relative(path.join(dir, path.basename(sourceFile)))} (npm run import copies it there), or correct source.file`;
  failIn(file, { ruleId: 'source-file', reason, note }, sourceFileLine(yaml));
}

/** Loads and renders one document folder; throws a content error (a vfile message) on malformed input. */
export function loadDocument(dir: string): LoadedDocument {
  const id = path.basename(dir);
  const file = relative(path.join(dir, 'index.md'));
  if (!DOC_ID.test(id)) {
    const note = 'name the folder in lowercase letters, digits and hyphens, e.g. ndrc-2007-2897';
    failIn(relative(dir), { ruleId: 'document-id', reason: `"${id}" is not a valid document id`, note });
  }
  if (!fs.existsSync(path.join(dir, 'index.md'))) {
    const note = 'add index.md, e.g. with npm run import';
    failIn(file, { ruleId: 'document-file', reason: 'the document folder has no index.md', note });
  }
  const { yaml, body } = splitFrontMatter(fs.readFileSync(path.join(dir, 'index.md'), 'utf8'), file);
  const meta = parseYaml(frontMatterSchema, yaml, file, 2);
  checkSourceFile(dir, file, yaml, meta.source.file);
  const overridesFile = path.join(dir, 'overrides.yaml');
  const zhHant = createZhHantConverter(readOverrides(overridesFile).zhHant);
  const structure = { title: meta.title, docNumber: meta.docNumber, annexTitles: meta.annexes.map((a) => a.title) };
  const hans = renderDocument(body, file, structure);
  const hant = renderDocument(body, file, { ...structure, convert: zhHant.convert });
  const hantMeta = convertMeta(meta, zhHant.convert);
  checkOverridesUsed(zhHant, overridesFile);
  return { id, file, variants: { 'zh-hans': { ...hans, meta }, 'zh-hant': { ...hant, meta: hantMeta } } };
}
