/** A content error that points at file:line and says what to fix. */
export class ContentError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly reason: string;
  readonly fix: string;

  constructor(file: string, line: number | undefined, reason: string, fix: string) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${reason}\n  fix: ${fix}`);
    this.name = 'ContentError';
    this.file = file;
    this.line = line;
    this.reason = reason;
    this.fix = fix;
  }
}
