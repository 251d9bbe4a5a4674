/** Test helper: runs code that should fail on bad content, and returns the content error as the build reports it. */
import { formatContentError, isContentError } from '../../lib/build/content/messages.ts';

export interface ReportedError {
  line: number | undefined;
  reason: string;
  fix: string;
  ruleId: string | undefined;
  /** `file:line: reason\n  fix: note`, as the build prints it. */
  message: string;
}

export function contentErrorOf(run: () => unknown): ReportedError {
  try {
    run();
  } catch (error) {
    if (!isContentError(error)) throw error;
    return {
      line: error.line,
      reason: error.reason,
      fix: error.note ?? '',
      ruleId: error.ruleId,
      message: formatContentError(error),
    };
  }
  throw new Error('expected a content error');
}
