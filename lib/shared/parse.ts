/**
 * Dependency-free checks for JSON the browser parses (search files, reader data): zod would be most
 * of the search chunk's bytes for a few fixed shapes. Each returns its input typed when it has the
 * shape, and throws a ParseError naming the path that does not, so nothing parsed is ever cast.
 */

export class ParseError extends Error {
  override name = 'ParseError';
}

function fail(path: string, expected: string, value: unknown): never {
  const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
  throw new ParseError(`${path || 'value'}: expected ${expected}, got ${got}`);
}

/** A plain JSON object (not null, not an array), with its fields still unchecked. */
export function record(value: unknown, path: string): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value))
    : fail(path, 'an object', value);
}

export function string(value: unknown, path: string): string {
  return typeof value === 'string' ? value : fail(path, 'a string', value);
}

export function integer(value: unknown, path: string): number {
  return typeof value === 'number' && Number.isInteger(value) ? value : fail(path, 'an integer', value);
}

/** One of a fixed list of values (an enum, or a literal when the list has one entry). */
export function oneOf<const T extends string | number>(values: readonly T[], value: unknown, path: string): T {
  const found = values.find((candidate) => candidate === value);
  return found !== undefined ? found : fail(path, `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`, value);
}

/** An array whose every item passes `item` (called with the item's path, e.g. clauses[3]). */
export function arrayOf<T>(value: unknown, path: string, item: (value: unknown, path: string) => T): T[] {
  return Array.isArray(value)
    ? value.map((entry: unknown, i) => item(entry, `${path}[${i}]`))
    : fail(path, 'an array', value);
}

/** `check`, or null where the value is null. */
export function nullable<T>(value: unknown, path: string, check: (value: unknown, path: string) => T): T | null {
  return value === null ? null : check(value, path);
}

/** `check`, or undefined where the field is absent (JSON has no undefined: the key is left out). */
export function optional<T>(value: unknown, path: string, check: (value: unknown, path: string) => T): T | undefined {
  return value === undefined ? undefined : check(value, path);
}
