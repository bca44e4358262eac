// The work of `medsec-path workshop`: read the group, assess each attendee,
// print the summary, write handouts; or run the questionnaire live.

import { inSentence } from "../../engine/words.js";
import type { Command } from "commander";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { checkInputPath, emptyPipeError, openInput } from "../../answers/read.js";
import { assess, assessAttendee } from "../../engine/assess.js";
import { payTimeline } from "../../engine/timeline.js";
import { profileFromValue } from "../../answers/parse.js";
import { answersFileText } from "../../answers/save.js";
import type { Nation, Profile, Report } from "../../engine/types.js";
import { askAnswers, type Prompts } from "../../questionnaire/ask.js";
import { renderReport, renderSections } from "../../render/report.js";
import { makeStyle } from "../../render/style.js";
import { GroupTally, summarise, type GroupSummary } from "../../engine/workshop.js";
import { AnswersError, RowsSkipped, UsageError, WriteFailed } from "../../errors.js";
import { enGB } from "../../render/words/en-gb.js";
import { handoutHtml, handoutMarkdown, wordTimeline } from "../../render/handout.js";
import { wordContext } from "../../render/words/index.js";
import { reportModel, type Section } from "../../render/report-model.js";
import { oneLine, safeLines, safeText } from "../../render/safe-text.js";
import { attendeeRow, groupSections, WorkshopJsonText, type WorkshopEntry } from "../../render/workshop.js";
import { templateCsv } from "../../workshop/columns.js";
import type { RowError } from "../../workshop/responses.js";
import { streamGroup } from "../../workshop/stream.js";
import { contextFor, staleWarning, warnIfStale, type Context } from "../context.js";
import type { StopSignal } from "../signals.js";
import type { Out } from "../io.js";
import { clearOurFiles, prepareOutputFolder, writeWhole } from "../output-files.js";

export interface WorkshopOptions {
  template?: boolean;
  json?: boolean;
  plain?: boolean;
  handouts?: string;
  force?: boolean;
  live?: boolean;
  save?: string;
  names?: boolean;
  exact?: boolean;
  all?: boolean;
  summary?: boolean;
}

export async function runWorkshop(responses: string | undefined, opts: WorkshopOptions, command: Command): Promise<void> {
  const ctx = await contextFor(command);
  if (opts.template) {
    ctx.term.stdout.write(templateCsv());
    return;
  }
  if (opts.save && !opts.live) throw new UsageError("--save keeps answers typed in --live mode; with a responses file, they are already saved");
  if (opts.live) {
    if (responses) throw new UsageError("--live asks the questions itself, so it takes no responses file");
    if (opts.handouts || opts.json) {
      throw new UsageError(`--live does not write ${opts.handouts ? "--handouts" : "--json"}`, "Use --save DIR to keep each attendee's answers; handouts and JSON come from a responses file: medsec-path workshop FILE --handouts DIR");
    }
    await runLive(ctx, opts);
    return;
  }
  if (!responses) {
    throw new UsageError("workshop needs a responses file, --template or --live", "Try: medsec-path workshop --template > form.csv   (then: medsec-path workshop responses.csv)");
  }

  await runBatch(ctx, responses, opts);
}

/** Handout and answers files are ours by their names: a row number, then a cleaned-up name. */
const HANDOUT_FILE = /^\d{3,}-[a-z0-9-]*\.(md|html)$/;
const ANSWERS_FILE = /^\d{3,}-[a-z0-9-]*\.yaml$/;

/**
 * A group from a file or stdin, one row at a time: each attendee is assessed,
 * given a handout and written out (JSON) or kept for the table (the first 100
 * rows, or all with --all) as they come; the summary is a running total.
 */
async function runBatch(ctx: Context, path: string, opts: WorkshopOptions): Promise<void> {
  const hint = "Pass the CSV exported from your form, or a YAML/JSON list of answers.";
  checkInputPath(path, "responses file", hint);
  // Every path is checked before any work: a clash found at row 500 would waste the first 499.
  if (opts.handouts) sayLeftovers(ctx, opts.handouts, prepareOutputFolder(opts.handouts, "--handouts", HANDOUT_FILE, opts.force === true));
  const file = path === "-" ? "<stdin>" : path;
  const input = openInput(path, ctx.term.stdin);
  // A pipe that gives nothing is most likely one nothing was writing to: said so, rather than "holds no attendees".
  let piped = 0;
  const bytes = input.pipe ? counted(input.stream as AsyncIterable<Buffer>, (n) => (piped += n)) : (input.stream as AsyncIterable<Buffer>);
  const group = await streamGroup(bytes, ctx.dataset, file, path === "-" ? "sniff" : /\.(ya?ml|json)$/i.test(path));

  const privacy = privacyOf(opts);
  const tally = new GroupTally();
  const skipped = new SkippedRows();
  const ignored = new IgnoredAnswers();
  const nations = new Set<Nation>();
  const shown: string[][] = [];
  const json = opts.json ? new WorkshopJsonText(opts.names === true) : undefined;
  const out = new BufferedOut(ctx.term.stdout);
  const handouts = opts.handouts ? new HandoutWriter(ctx, opts.handouts, opts.force === true) : undefined;
  const unhook = handouts ? ctx.host.onStopSignal?.((signal) => handouts.stopped(signal)) : undefined;
  let started = false;
  let fatal: unknown;
  try {
    for await (const outcome of group.outcomes) {
      if (json && !started) out.write(json.open());
      started = true;
      if (outcome.kind === "errors") {
        skipped.add(outcome.errors);
        continue;
      }
      const { attendee } = outcome;
      if (outcome.ignored) ignored.add(outcome.ignored);
      // A handout needs the whole report; the group's views need a small part of it, and a group may be a million rows.
      const full = handouts ? assess(attendee.profile, ctx.dataset) : undefined;
      const entry: WorkshopEntry = { row: attendee.row, ...(attendee.name ? { name: attendee.name } : {}), report: full ?? assessAttendee(attendee.profile, ctx.dataset) };
      tally.add(entry.report);
      nations.add(entry.report.nation);
      if (full) {
        handouts?.write({ ...entry, report: full });
        // A turn of the event loop, in which a SIGINT or SIGTERM is handled: a YAML list read whole would otherwise give it none until the end.
        if (unhook) await new Promise<void>((resolve) => setImmediate(resolve));
      }
      if (json) out.write(json.attendee(entry));
      else if (tableTakes(opts, shown.length)) shown.push(attendeeRow(entry, privacy));
    }
  } catch (e) {
    // A file broken part way (a JSON list with no end, an endless row): the rows before it are reported, then the error.
    if (!started || !(e instanceof AnswersError)) throw e;
    fatal = e;
  } finally {
    unhook?.();
  }
  const summary = tally.summary();
  if (!started) {
    if (input.pipe && piped === 0) throw emptyPipeError(file);
    throw new AnswersError([{ file, message: "holds no attendees: it needs a heading row and a row per attendee (see workshop --template)" }]);
  }
  // In the room's view a warning about one nation's pay would point at the people from it: staff see it elsewhere.
  if (!opts.summary || json) for (const nation of nations) warnIfStale(ctx, nation);
  if (json) {
    out.write(json.close(summary, skipped.kept, { rowsSkipped: skipped.rows, errorsNotListed: skipped.problems - skipped.kept.length }));
  } else {
    out.write(groupText(ctx, summary, shown, opts));
  }
  out.flush();
  reportProblems(ctx, file, { skipped, ignoredColumns: group.ignoredColumns(), skippedSample: group.skippedSample(), notRead: group.notRead(), ignored });
  if (handouts && handouts.written > 0 && !handouts.failure) ctx.term.stderr.write(safeText(`Wrote ${handouts.written * 2} handout files to ${opts.handouts}`) + "\n");
  if (fatal) throw fatal;
  if (handouts?.failure) throw handouts.failure;
  // Some rows could not be read: the good ones are above, the exit code says so.
  if (skipped.rows > 0) throw new RowsSkipped(skipped.rows);
}

async function* counted(chunks: AsyncIterable<Buffer>, add: (n: number) => void): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    add(chunk.length);
    yield chunk;
  }
}

/** Output gathered into large writes: a write per attendee would cost more than assessing them. */
class BufferedOut {
  private pending: string[] = [];
  private size = 0;

  constructor(private readonly out: Out) {}

  write(text: string): void {
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= 64 * 1024) this.flush();
  }

  flush(): void {
    if (this.pending.length === 0) return;
    this.out.write(this.pending.join(""));
    this.pending = [];
    this.size = 0;
  }
}

/** How many problems the JSON's `errors` lists; past them, rows are counted. */
const ROW_PROBLEMS_KEPT = 10_000;
/** How many stderr lists, with a count of the rest. */
const ROW_PROBLEMS_SHOWN = 100;
/** A problem's message or column is cut to this: one cell may hold a megabyte. */
const PROBLEM_MAX_CHARS = 500;

/**
 * Rows that could not be read: the first problems kept, the rest counted, so
 * that memory stays flat however many rows are bad (a million bad rows once
 * took 1.5 GB, and an endless stream of them ended in a crash).
 */
class SkippedRows {
  readonly kept: RowError[] = [];
  rows = 0;
  problems = 0;

  add(errors: readonly RowError[]): void {
    this.rows++;
    for (const e of errors) {
      this.problems++;
      if (this.kept.length < ROW_PROBLEMS_KEPT) this.kept.push({ row: e.row, column: ownCopy(e.column), message: ownCopy(e.message) });
    }
  }
}

/** Answers the rules ignore for the attendee who gave them (Welsh outside Wales): the first few kept to list, the rest counted. */
class IgnoredAnswers {
  readonly kept: RowError[] = [];
  count = 0;

  add(answers: readonly RowError[]): void {
    for (const a of answers) {
      this.count++;
      if (this.kept.length < IGNORED_SHOWN) this.kept.push({ row: a.row, column: ownCopy(a.column), message: ownCopy(a.message) });
    }
  }
}

/** How many ignored answers stderr lists, with a count of the rest: as many as cells not read (README: the first 100). */
const IGNORED_SHOWN = 100;

/**
 * A copy of `text`, cut short if long, that holds on to nothing else: a
 * slice of a string keeps the whole of it alive, and a problem's message
 * quotes a slice of the cell it is about.
 */
function ownCopy(text: string): string {
  const cut = text.length > PROBLEM_MAX_CHARS ? `${text.slice(0, PROBLEM_MAX_CHARS - 1).replace(/[\uD800-\uDBFF]$/, "")}…` : text;
  return Buffer.from(cut, "utf8").toString("utf8");
}

/** Says that unfinished files of a stopped run were removed from an output folder. */
function sayLeftovers(ctx: Context, dir: string, removed: number): void {
  if (removed > 0) ctx.term.stderr.write(safeText(`Removed ${removed} unfinished file${removed === 1 ? "" : "s"} left in ${dir} by a run that was stopped part way.`) + "\n");
}

/**
 * Writes each attendee's two handouts whole, as they are assessed. The first
 * write that fails (a full disk) stops the handouts but not the run: the
 * group is still assessed and printed, and the failure ends it with exit 74.
 * With --force, the handouts already in the folder (another group's, or this
 * group's from an earlier run) are removed before the first is written, so
 * that the folder holds this run's alone.
 */
class HandoutWriter {
  /** Attendees whose two handouts are both written. */
  written = 0;
  failure?: WriteFailed;
  private cleared = false;

  constructor(
    private readonly ctx: Context,
    private readonly dir: string,
    private readonly force: boolean,
  ) {}

  write(e: WorkshopEntry & { report: Report }): void {
    if (this.failure) return;
    if (this.force && !this.cleared) {
      this.cleared = true;
      try {
        const removed = clearOurFiles(this.dir, HANDOUT_FILE);
        if (removed > 0) this.ctx.term.stderr.write(safeText(`Removed ${removed} handout file${removed === 1 ? "" : "s"} of an earlier run from ${this.dir} (--force), so that it holds this group's alone.`) + "\n");
      } catch (err) {
        if (!(err instanceof WriteFailed)) throw err;
        this.failure = err;
        return;
      }
    }
    const base = join(this.dir, safeFileName(e.row, e.name));
    const name = e.name ? oneLine(e.name) : undefined;
    const role = inSentence(e.report.target.title);
    const handout = {
      title: enGB.report.handout.title(name, role),
      model: reportModel(e.report, this.ctx.dataset, notices(this.ctx, e.report.nation)),
      pay: wordTimeline(payTimeline(e.report, this.ctx.dataset), wordContext(this.ctx.dataset, e.report.nation, e.report.target)),
    };
    const md = `${base}.md`;
    let mdWritten = false;
    try {
      writeWhole(md, handoutMarkdown(handout), this.force);
      mdWritten = true;
      writeWhole(`${base}.html`, handoutHtml(handout), this.force);
      this.written++;
    } catch (err) {
      if (!(err instanceof WriteFailed)) throw err;
      // An attendee has both handouts or neither: half a pair would look complete to a re-run.
      if (mdWritten) rmSync(md, { force: true });
      const done = this.written;
      this.failure = new WriteFailed(
        `${err.message}. Handouts stop at row ${e.row}: those of the ${done} attendee${done === 1 ? "" : "s"} before it are complete, and the group was still assessed. Free some space, then run again${done > 0 ? " with --force" : ""}.`,
      );
    }
  }

  /** Said as a signal stops the run: between writes, so every pair written is whole. */
  stopped(signal: StopSignal): void {
    const done = this.written;
    const what = signal === "SIGINT" ? "Interrupted" : "Stopped (SIGTERM)";
    this.ctx.term.stderr.write(
      safeText(`\n${what}: the handouts of ${done} attendee${done === 1 ? "" : "s"} are in ${this.dir}, each pair whole; no file was left half written. Run again${done > 0 ? " with --force" : ""} for the whole group.`) + "\n",
    );
  }
}


function reportProblems(
  ctx: Context,
  file: string,
  read: { skipped: SkippedRows; ignoredColumns: readonly string[]; skippedSample?: number | undefined; notRead?: { cells: readonly RowError[]; count: number; list?: boolean }; ignored?: IgnoredAnswers },
): void {
  const say = (line: string) => ctx.term.stderr.write(`${safeText(line)}\n`);
  if (read.skippedSample) say(`Skipped row ${read.skippedSample}: it is the template's sample row (A.B.), not an attendee.`);
  if (read.ignoredColumns.length > 0) say(`Ignored columns medsec-path does not use: ${read.ignoredColumns.join(", ")}`);
  const unread = read.notRead;
  if (unread && unread.count > 0) {
    // A list's items have keys where a sheet has columns: the same answers, named as the list names them.
    const what = unread.list
      ? `answer${unread.count === 1 ? "" : "s"} under the keys added since 0.1 (currentJob, nhsBand, age, studying and those after them)`
      : `cell${unread.count === 1 ? "" : "s"} of the columns added since 0.1 (current job, NHS band, age, working towards and those after them)`;
    say(`${unread.count} ${what} could not be read and ${unread.count === 1 ? "was" : "were"} left as not said:`);
    for (const e of unread.cells) say(`  row ${e.row}, ${e.column}: ${e.message}`);
    if (unread.count > unread.cells.length) say(`  and ${unread.count - unread.cells.length} more`);
  }
  const ignored = read.ignored;
  if (ignored && ignored.count > 0) {
    // Warnings, as an answers file's are: the attendees were assessed, without these answers.
    const one = ignored.count === 1;
    say(`${ignored.count} answer${one ? " was" : "s were"} ignored, as the rules do not use ${one ? "it" : "them"} for the attendee who gave ${one ? "it" : "them"}:`);
    for (const e of ignored.kept) say(`  row ${e.row}, ${e.column}: ${e.message}`);
    if (ignored.count > ignored.kept.length) say(`  and ${ignored.count - ignored.kept.length} more`);
  }
  const { skipped } = read;
  if (skipped.rows === 0) return;
  const rows = skipped.rows;
  say(`${rows} row${rows === 1 ? "" : "s"} of ${file} skipped:`);
  for (const e of skipped.kept.slice(0, ROW_PROBLEMS_SHOWN)) say(`  row ${e.row}, ${e.column}: ${e.message}`);
  const more = skipped.problems - Math.min(skipped.kept.length, ROW_PROBLEMS_SHOWN);
  if (more > 0) say(`  … and ${more.toLocaleString("en-GB")} more problem${more === 1 ? "" : "s"}: fix these, then run again to see the rest`);
}

/** More rows than a screen or a handout can usefully hold; --all lifts it. */
export const TABLE_ROWS = 100;

const privacyOf = (opts: WorkshopOptions) => ({ names: opts.names === true, exact: opts.exact === true });

/** Whether the attendees table takes one more row: the first 100, or every one with --all; none with --summary. */
const tableTakes = (opts: WorkshopOptions, shown: number) => !opts.summary && (opts.all === true || shown < TABLE_ROWS);

/** The group table, then (unless --summary) the attendees table of `rows`, out of `summary.attendees`. */
function groupText(ctx: Context, summary: GroupSummary, rows: string[][], opts: WorkshopOptions): string {
  return drawSections(ctx, groupSections(summary, rows, ctx.dataset, privacyOf(opts), opts.summary === true), opts.plain === true);
}

/** The group text of the attendees done so far in live mode. */
function liveGroupText(ctx: Context, entries: readonly WorkshopEntry[], opts: WorkshopOptions): string {
  const rows = entries.filter((_, i) => tableTakes(opts, i)).map((e) => attendeeRow(e, privacyOf(opts)));
  return groupText(ctx, summarise(entries.map((e) => e.report)), rows, opts);
}

function drawSections(ctx: Context, sections: Section[], plain: boolean): string {
  const style = makeStyle(ctx.term.color && !plain);
  return `${renderSections(sections, style, { width: ctx.term.columns, plain }).join("\n")}\n`;
}

/** A file name from whatever a CSV cell holds: no path parts, no odd characters. */
export function safeFileName(row: number, name: string | undefined): string {
  const slug = (name ?? "")
    // Letters that do not decompose into a base letter and an accent.
    .replace(/[łŁ]/g, "l")
    .replace(/[øØ]/g, "o")
    .replace(/ß/g, "ss")
    .replace(/[æÆ]/g, "ae")
    .replace(/[đĐðÐ]/g, "d")
    .replace(/[þÞ]/g, "th")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return `${String(row).padStart(3, "0")}-${slug || "attendee"}`;
}

function notices(ctx: Context, nation: Nation): string[] {
  const stale = staleWarning(ctx.dataset.pay, ctx.now, nation);
  return stale ? [stale] : [];
}

async function runLive(ctx: Context, opts: WorkshopOptions): Promise<void> {
  if (!ctx.term.stdinIsTTY || !ctx.term.stderrIsTTY) {
    throw new UsageError("--live needs a terminal to ask the questions on", "For answers collected beforehand, pass the file: medsec-path workshop responses.csv");
  }
  // Checked before the first question, so that no one's answers are lost to a clash later.
  if (opts.save) sayLeftovers(ctx, opts.save, prepareOutputFolder(opts.save, "--save", ANSWERS_FILE, opts.force === true));
  // Only the prompt library is heavy enough to load when it is needed.
  const { terminalPrompts } = await import("../../questionnaire/prompts.js");
  const session: LiveSession = { entries: [], saved: 0, unsaved: [] };
  // A signal from outside (SIGTERM) is handled between saves, never in the middle of one.
  const save = opts.save;
  const unhook = save
    ? ctx.host.onStopSignal?.((signal) => {
        const n = session.saved;
        ctx.term.stderr.write(safeText(`\n${signal === "SIGINT" ? "Interrupted" : "Stopped (SIGTERM)"}: ${n === 1 ? "1 attendee's answers are" : `${n} attendees' answers are`} saved in ${save}, each file whole.`) + "\n");
      })
    : undefined;
  try {
    await askEach(ctx, opts, session, terminalPrompts());
  } catch (err) {
    // Ctrl-C ends the session, but the people already done still get their summary.
    if (err instanceof Error && err.name === "ExitPromptError" && session.entries.length > 0) {
      ctx.term.stdout.write(`\n${liveGroupText(ctx, session.entries, opts)}`);
      endSession(ctx, opts, session);
    }
    throw err;
  } finally {
    unhook?.();
  }
  clearScreen(ctx);
  // In the room's view a warning about one nation's pay would point at the people from it.
  if (!opts.summary) for (const nation of new Set(session.entries.map((e) => e.report.nation))) warnIfStale(ctx, nation);
  ctx.term.stdout.write(liveGroupText(ctx, session.entries, opts));
  const failed = endSession(ctx, opts, session);
  if (failed) throw failed;
}

interface LiveSession {
  entries: WorkshopEntry[];
  saved: number;
  /** Answers that --save could not write (a full disk): printed when the session ends, so that none is lost. */
  unsaved: { row: number; text: string; reason: string }[];
}

/** Says what was saved; prints what could not be, and returns the error to end with. */
function endSession(ctx: Context, opts: WorkshopOptions, session: LiveSession): WriteFailed | undefined {
  const n = session.unsaved.length;
  if (n > 0) ctx.term.stdout.write(safeLines(session.unsaved.map((u) => `---\n# Attendee ${u.row}, not saved (${u.reason}): keep this as a .yaml file\n${u.text}`).join("")));
  if (opts.save) ctx.term.stderr.write(safeText(`Saved ${session.saved === 1 ? "1 attendee's answers" : `${session.saved} attendees' answers`} to ${opts.save}`) + "\n");
  if (n === 0) return undefined;
  return new WriteFailed(`${n} attendee${n === 1 ? "'s answers" : "s' answers"} could not be saved to ${opts.save}: ${session.unsaved[0]!.reason}; they are printed above as YAML: copy them into .yaml files`);
}

/** Clears the screen and its scrollback, so the next person does not see the last one's answers. */
function clearScreen(ctx: Context): void {
  if (ctx.term.stdoutIsTTY) ctx.term.stdout.write("\x1b[2J\x1b[3J\x1b[H");
}

async function askEach(ctx: Context, opts: WorkshopOptions, session: LiveSession, prompts: Prompts): Promise<void> {
  for (let row = 1; ; row++) {
    ctx.term.stderr.write(`\nAttendee ${row}\n`);
    const name = (await prompts.input({ message: "Name or initials (optional; kept only with --save or --names):" })).trim();
    const answers = await askAnswers(prompts, ctx.dataset);
    const profile = profileFromValue(answers, ctx.dataset, "<questionnaire>");
    const report: Report = assess(profile, ctx.dataset);
    session.entries.push({ row, ...(name ? { name } : {}), report });
    if (opts.save) save(ctx, opts.save, opts.force === true, session, row, name, profile);
    ctx.term.stdout.write(renderReport(reportModel(report, ctx.dataset), makeStyle(ctx.term.color && !opts.plain), { width: ctx.term.columns, plain: opts.plain === true }));
    const next = await prompts.select({
      message: "What next?",
      choices: [
        { value: "next", name: "Next attendee (clears the screen)" },
        { value: "done", name: "Finish and show the group summary" },
      ],
    });
    if (next === "done") return;
    clearScreen(ctx);
  }
}

function save(ctx: Context, dir: string, force: boolean, session: LiveSession, row: number, name: string, profile: Profile): void {
  const path = join(dir, `${safeFileName(row, name)}.yaml`);
  const text = answersFileText(path, profile, name || undefined);
  try {
    writeWhole(path, text, force);
    session.saved++;
  } catch (e) {
    if (!(e instanceof WriteFailed)) throw e;
    const reason = e.message.replace(/^.*?: /, "").replace(/; no partial file was left$/, "");
    session.unsaved.push({ row, text, reason });
    ctx.term.stderr.write(safeText(`Attendee ${row}'s answers could not be saved (${reason}); they will be printed when the session ends.`) + "\n");
  }
}
