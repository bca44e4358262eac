// Errors that people are meant to read. Each carries the exit code it ends the
// program with; src/cli/exit.ts is the one place that turns them into one.

/** 74 is sysexits' EX_IOERR: a file could not be written (a full disk, say). */
export const EXIT = { ok: 0, failure: 1, usage: 2, dataError: 65, ioError: 74, interrupted: 130 } as const;

export class UsageError extends Error {
  readonly exitCode = EXIT.usage;
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

/** One problem in one input file, pinned to a line and field where they are known. */
export interface Issue {
  file: string;
  line?: number;
  field?: string;
  message: string;
}

export function formatIssue(issue: Issue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  return issue.field ? `${where}: ${issue.field}: ${issue.message}` : `${where}: ${issue.message}`;
}

/** A data file (shipped or from --data) that cannot be used as it is. */
export class DataError extends Error {
  readonly exitCode = EXIT.dataError;
  constructor(readonly issues: Issue[]) {
    super(issues.map(formatIssue).join("\n"));
    this.name = "DataError";
  }
}

/** An answers file that cannot be turned into a Profile. */
export class AnswersError extends Error {
  readonly exitCode = EXIT.dataError;
  constructor(readonly issues: Issue[]) {
    super(issues.map(formatIssue).join("\n"));
    this.name = "AnswersError";
  }
}

export class Interrupted extends Error {
  readonly exitCode = EXIT.interrupted;
  constructor() {
    super("Interrupted.");
    this.name = "Interrupted";
  }
}

/** Some workshop rows could not be read: the others were assessed and printed. */
export class RowsSkipped extends Error {
  readonly exitCode = EXIT.dataError;
  constructor(rows: number) {
    super(`${rows} row${rows === 1 ? " was" : "s were"} skipped (listed above); the others were assessed`);
    this.name = "RowsSkipped";
  }
}

/**
 * A file that was checked and could be written, but the write failed anyway
 * (a full disk, a removed USB stick). Nothing partial is left behind; the
 * message says what was and was not written.
 */
export class WriteFailed extends Error {
  readonly exitCode = EXIT.ioError;
  constructor(message: string) {
    super(message);
    this.name = "WriteFailed";
  }
}
