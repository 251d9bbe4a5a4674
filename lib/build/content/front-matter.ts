/** Front matter: split from the body, parsed as YAML and validated by a schema, with errors at their own YAML line. */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { failIn, type ContentProblem } from './messages.ts';

const problem = (ruleId: string, reason: string, note: string): ContentProblem => ({ ruleId, reason, note });

/** Splits front matter from the body; the body keeps its line numbers (front matter lines become blank). */
export function splitFrontMatter(source: string, file: string): { yaml: string; body: string } {
  const lines = source.replace(/^\uFEFF/, '').split('\n');
  if (lines[0]?.trim() !== '---') {
    const note = 'start the file with a line ---, the YAML fields, and a closing ---';
    failIn(file, problem('front-matter', 'missing front matter', note), 1);
  }
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end === -1) {
    const note = 'close the front matter with a line --- after the last field';
    failIn(file, problem('front-matter', 'the front matter is not terminated', note), 1);
  }
  return {
    yaml: lines.slice(1, end).join('\n'),
    body: [...lines.slice(0, end + 1).map(() => ''), ...lines.slice(end + 1)].join('\n'),
  };
}

/** A key path as the YAML reads: annexes[0].title. */
const formatPath = (keys: readonly PropertyKey[]): string =>
  keys.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );

/**
 * The YAML line (1-based) of a key path, from the parsed document's node ranges: the key's own line
 * for a map entry, the item's line for a list entry. A missing key falls back to its nearest
 * ancestor that is there, so the error lands where to add it.
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
  const unwrap = (node: unknown): unknown =>
    node instanceof z.ZodDefault || node instanceof z.ZodOptional ? unwrap(node.unwrap()) : node;
  let current = unwrap(schema);
  for (const key of keys) {
    if (current instanceof z.ZodObject && typeof key === 'string') current = unwrap(current.shape[key]);
    else if (current instanceof z.ZodArray) current = unwrap(current.element);
    else return [];
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

/** The first schema issue, said the way an author reads YAML: unknown, missing or wrong fields. */
function describeIssue(schema: z.ZodType, issue: z.core.$ZodIssue): { problem: ContentProblem; keys: PropertyKey[] } {
  const keyPath = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const where = keyPath ? ` in ${keyPath}` : '';
    const names = issue.keys.map((k) => `"${k}"`).join(', ');
    const reason = `unknown field${issue.keys.length > 1 ? 's' : ''} ${names}${where}`;
    const note = `remove the key or correct its spelling; allowed keys${where}: ${allowedKeys(schema, issue.path).join(', ')}`;
    return { problem: problem('front-matter-field', reason, note), keys: [...issue.path, issue.keys[0] ?? ''] };
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    const name = String(issue.path.at(-1) ?? '');
    const parent = formatPath(issue.path.slice(0, -1));
    const note = `add ${name}: ${parent ? `under ${parent}` : 'to the YAML'}`;
    return { problem: problem('front-matter-field', `missing required field "${keyPath}"`, note), keys: issue.path };
  }
  const reason = `field "${keyPath}": ${issue.message}`;
  return { problem: problem('front-matter-field', reason, `correct the value of ${keyPath}`), keys: issue.path };
}

/** Parses YAML and validates it against a schema; `firstLine` is the YAML's first line in the file. */
export function parseYaml<T extends z.ZodType>(schema: T, text: string, file: string, firstLine: number): z.infer<T> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, lineCounter });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0].line;
    const reason = `invalid YAML: ${yamlError.message.split('\n')[0]}`;
    failIn(
      file,
      problem('yaml', reason, 'correct the YAML syntax'),
      line === undefined ? firstLine : firstLine + line - 1,
    );
  }
  // reportInput: whether a field is missing is read from the input zod saw, not from its English message.
  const result = schema.safeParse(doc.toJS(), { reportInput: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) failIn(file, problem('yaml', 'invalid YAML content', 'correct the YAML'), firstLine);
  const { problem: found, keys } = describeIssue(schema, issue);
  const line = lineOfPath(doc, lineCounter, keys);
  return failIn(file, found, line === undefined ? firstLine : firstLine + line - 1);
}

/**
 * The file line of a field in a document's front matter (its YAML starts on line 2), or undefined when
 * the field is not there: for errors about a value the schema cannot check alone.
 */
export function fieldLine(yaml: string, keys: readonly (string | number)[]): number | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter });
  const line = keys.length > 0 ? lineOfPath(doc, lineCounter, keys) : undefined;
  return line === undefined || doc.getIn(keys, true) === undefined ? undefined : line + 1;
}
