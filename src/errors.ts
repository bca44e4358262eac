// Errors that people are meant to read. Each carries the exit code it ends the
// program with; src/cli/exit.ts is the one place that turns them into one.

/** 74 is sysexits' EX_IOERR: a file could not be written (a full disk, say). 130 and 143 are 128 + SIGINT and SIGTERM, as a shell reports them. */
export const EXIT = { ok: 0, failure: 1, usage: 2, dataError: 65, ioError: 74, interrupted: 130, terminated: 143 } as const;

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

/**
 * The most problems listed in full. A file with 400,000 mistakes needs its
 * first few fixed, not hundreds of megabytes of them: past this many, the
 * rest are counted, not built (no line looked up, no suggestion searched).
 */
export const ISSUES_SHOWN = 20;

/** Problems gathered from one or more files: the first ISSUES_SHOWN in full, the rest counted. */
export class IssueList {
  readonly issues: Issue[] = [];
  /** Problems found past the first ISSUES_SHOWN. */
  more = 0;

  /** Adds a problem; `make` is called only if it will be listed. */
  add(make: Issue | (() => Issue)): void {
    if (this.issues.length < ISSUES_SHOWN) this.issues.push(typeof make === "function" ? make() : make);
    else this.more++;
  }

  addAll(issues: Iterable<Issue> | IssueList): void {
    if (issues instanceof IssueList) {
      for (const issue of issues.issues) this.add(issue);
      this.more += issues.more;
    } else for (const issue of issues) this.add(issue);
  }

  get count(): number {
    return this.issues.length + this.more;
  }
}

/** Each problem on a line of its own, then how many more there are, if any. */
export function formatIssues(issues: readonly Issue[], more = 0): string {
  const lines = issues.slice(0, ISSUES_SHOWN).map(formatIssue);
  const hidden = issues.length - lines.length + more;
  if (hidden > 0) lines.push(`… and ${hidden} more problem${hidden === 1 ? "" : "s"}: fix these, then run again to see the rest`);
  return lines.join("\n");
}

/** Problems in input files, listed as a compiler lists them; exit 65. */
abstract class InputProblems extends Error {
  readonly exitCode = EXIT.dataError;
  readonly issues: Issue[];
  /** Problems found past those in `issues`, counted only. */
  readonly more: number;
  constructor(issues: Issue[] | IssueList) {
    const list = issues instanceof IssueList ? issues : { issues, more: 0 };
    super(formatIssues(list.issues, list.more));
    this.issues = list.issues;
    this.more = list.more;
  }
}

/** A data file (shipped or from --data) that cannot be used as it is. */
export class DataError extends InputProblems {
  override readonly name = "DataError";
}

/** An answers file that cannot be turned into a Profile. */
export class AnswersError extends InputProblems {
  override readonly name = "AnswersError";
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
