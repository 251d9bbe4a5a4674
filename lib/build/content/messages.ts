/**
 * Content errors are vfile messages: file, line, rule and a note saying what to fix. The pipeline's
 * plugins throw them through `fail`, and so does the loader for what it checks before the pipeline.
 */
import type { Node, Position } from 'unist';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';

/** One kind of content error: a stable rule id, what is wrong, and how to fix it. */
export interface ContentProblem {
  ruleId: string;
  reason: string;
  note: string;
}

/** Throws the problem as a fatal message on `file`, placed at a node, a position or a line. */
export function fail(file: VFile, problem: ContentProblem, place?: Node | Position | number): never {
  const position =
    typeof place === 'number' ? { line: place, column: 1 } : place && 'type' in place ? place.position : place;
  const message = file.message(problem.reason, { place: position, ruleId: problem.ruleId, source: 'content' });
  message.fatal = true;
  message.note = problem.note;
  throw message;
}

/** Throws a problem about a file that has no vfile of its own yet (front matter, a folder). */
export function failIn(path: string, problem: ContentProblem, line?: number): never {
  return fail(new VFile({ path }), problem, line);
}

/** Whether an error is a content error (and not a bug): the build reports these and stops. */
export function isContentError(error: unknown): error is VFileMessage {
  return error instanceof VFileMessage && error.fatal === true && error.source === 'content';
}

/** `file:line: reason` and the fix on the next line, as the build prints it. */
export function formatContentError(message: VFileMessage): string {
  const where = message.line === undefined ? message.file : `${message.file}:${message.line}`;
  return `${where}: ${message.reason}\n  fix: ${message.note ?? ''}`;
}
