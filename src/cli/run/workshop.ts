// The work of `medsec-path workshop`: read the group, assess each attendee,
// print the summary, write handouts; or run the questionnaire live.

import type { Command } from "commander";
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
// Static: a dynamic import of this CommonJS library gives only `default` once bundled.
import { stringify } from "yaml";
import { readInputText } from "../../answers/read.js";
import { assess } from "../../engine/assess.js";
import { fillIn, nationInfo } from "../../engine/nations.js";
import { payTimeline } from "../../engine/timeline.js";
import { answersOf, profileFromValue } from "../../answers/parse.js";
import type { Nation, Report } from "../../engine/types.js";
import { askAnswers, type Prompts } from "../../questionnaire/ask.js";
import { renderReport, renderSections } from "../../render/report.js";
import { makeStyle } from "../../render/style.js";
import { summarise } from "../../engine/workshop.js";
import { AnswersError, RowsSkipped, UsageError } from "../../errors.js";
import { handoutHtml, handoutMarkdown } from "../../render/handout.js";
import { toJson } from "../../render/json.js";
import { reportModel, type Section } from "../../render/report-model.js";
import { attendeesSection, summarySection, workshopJson, type WorkshopEntry } from "../../render/workshop.js";
import { templateCsv } from "../../workshop/columns.js";
import { readCsvResponses, readListResponses, type Responses } from "../../workshop/responses.js";
import { contextFor, staleWarning, warnIfStale, type Context } from "../context.js";

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

  const read = readGroup(responses, ctx);
  const entries: WorkshopEntry[] = read.attendees.map((a) => ({ row: a.row, ...(a.name ? { name: a.name } : {}), report: assess(a.profile, ctx.dataset) }));
  if (opts.handouts) writeHandouts(ctx, entries, opts.handouts, opts.force === true);
  for (const nation of new Set(entries.map((e) => e.report.nation))) warnIfStale(ctx, nation);
  if (opts.json) {
    ctx.term.stdout.write(toJson(workshopJson(entries, read.errors, opts.names === true)));
  } else {
    ctx.term.stdout.write(groupText(ctx, entries, opts));
  }
  reportProblems(ctx, read);
  if (opts.handouts && entries.length > 0) ctx.term.stderr.write(`Wrote ${entries.length * 2} handout files to ${opts.handouts}\n`);
  // Some rows could not be read: the good ones are above, the exit code says so.
  if (read.errors.length > 0) throw new RowsSkipped(new Set(read.errors.map((e) => e.row)).size);
}

function readGroup(path: string, ctx: Context): Responses {
  const text = readInputText(path, "responses file", "Pass the CSV exported from your form, or a YAML/JSON list of answers.");
  const file = path === "-" ? "<stdin>" : path;
  const looksLikeList = /\.(ya?ml|json)$/i.test(path) || (path === "-" && /^\s*(\[|-\s|attendees\s*:)/.test(text));
  const read = looksLikeList ? readListResponses(text, ctx.dataset, file) : readCsvResponses(text, ctx.dataset, file);
  if (read.attendees.length === 0 && read.errors.length === 0) {
    throw new AnswersError([{ file, message: "holds no attendees: it needs a heading row and a row per attendee (see workshop --template)" }]);
  }
  return read;
}

function reportProblems(ctx: Context, read: Responses): void {
  if (read.skippedSample) ctx.term.stderr.write(`Skipped row ${read.skippedSample}: it is the template's sample row (A.B.), not an attendee.\n`);
  if (read.ignoredColumns.length > 0) ctx.term.stderr.write(`Ignored columns medsec-path does not use: ${read.ignoredColumns.join(", ")}\n`);
  if (read.errors.length === 0) return;
  const rows = new Set(read.errors.map((e) => e.row)).size;
  ctx.term.stderr.write(`${rows} row${rows === 1 ? "" : "s"} skipped:\n`);
  for (const e of read.errors) ctx.term.stderr.write(`  row ${e.row}, ${e.column}: ${e.message}\n`);
}

/** More rows than a screen or a handout can usefully hold; --all lifts it. */
export const TABLE_ROWS = 100;

function groupText(ctx: Context, entries: readonly WorkshopEntry[], opts: WorkshopOptions): string {
  const privacy = { names: opts.names === true, exact: opts.exact === true };
  // One nation: its own words ("in NHS Scotland"); a mixed room: words that fit all.
  const nations = new Set(entries.map((e) => e.report.nation));
  const only = nations.size === 1 ? [...nations][0]! : undefined;
  const info = only ? nationInfo(ctx.dataset, only) : undefined;
  const titles = new Map(ctx.dataset.routes.map((r) => [r.id, fillIn(r.title, undefined, info, only ?? "england")]));
  const sections = [summarySection(summarise(entries.map((e) => e.report)), titles, privacy)];
  if (!opts.summary) {
    const shown = opts.all ? entries : entries.slice(0, TABLE_ROWS);
    const attendees = attendeesSection(shown, privacy);
    if (shown.length < entries.length) {
      attendees.notes = [`Showing ${shown.length} of ${entries.length} attendees. Add --all for every row, or use --json or --handouts.`];
    }
    sections.push(attendees);
  }
  return drawSections(ctx, sections, opts.plain === true);
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

/** A folder to write into: refused (before any work is lost) if it is a file. */
export function checkOutputFolder(dir: string, flag: string): void {
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(`${flag} ${dir}: that is a file, not a folder`, "Give a folder name; it is created if it does not exist.");
}

function writeHandouts(ctx: Context, entries: readonly WorkshopEntry[], dir: string, force: boolean): void {
  checkOutputFolder(dir, "--handouts");
  const root = resolve(dir);
  const files = entries.flatMap((e) => {
    const base = join(root, safeFileName(e.row, e.name));
    return [`${base}.md`, `${base}.html`];
  });
  const clash = files.filter((f) => existsSync(f));
  if (clash.length > 0 && !force) {
    throw new UsageError(`${clash.length} handout file${clash.length === 1 ? "" : "s"} already exist in ${dir} (${clash.slice(0, 3).join(", ")}${clash.length > 3 ? ", …" : ""})`, "Nothing was written. Choose another folder, or add --force to replace them.");
  }
  mkdirSync(root, { recursive: true });
  for (const e of entries) {
    const base = join(root, safeFileName(e.row, e.name));
    const handout = {
      title: e.name ? `${e.name}: your route to becoming a ${e.report.target.title.toLowerCase()}` : `Your route to becoming a ${e.report.target.title.toLowerCase()}`,
      model: reportModel(e.report, ctx.dataset, notices(ctx, e.report.nation)),
      pay: payTimeline(e.report, ctx.dataset),
    };
    const flag = force ? "w" : "wx";
    writeFileSync(`${base}.md`, handoutMarkdown(handout), { flag });
    writeFileSync(`${base}.html`, handoutHtml(handout), { flag });
  }
}

async function runLive(ctx: Context, opts: WorkshopOptions): Promise<void> {
  if (!ctx.term.stdinIsTTY || !ctx.term.stderrIsTTY) {
    throw new UsageError("--live needs a terminal to ask the questions on", "For answers collected beforehand, pass the file: medsec-path workshop responses.csv");
  }
  if (opts.save) {
    // Checked before the first question, so that no one's answers are lost to a clash later.
    checkOutputFolder(opts.save, "--save");
    const taken = existsSync(opts.save) ? readdirSync(opts.save).filter((f) => /^\d{3}-.*\.yaml$/.test(f)) : [];
    if (taken.length > 0 && !opts.force) {
      throw new UsageError(`--save ${opts.save} already holds answers files (${taken.slice(0, 3).join(", ")}${taken.length > 3 ? ", …" : ""})`, "Choose an empty folder, or add --force to replace them.");
    }
    mkdirSync(opts.save, { recursive: true });
  }
  // Only the prompt library is heavy enough to load when it is needed.
  const { terminalPrompts } = await import("../../questionnaire/prompts.js");
  const entries: WorkshopEntry[] = [];
  try {
    await askEach(ctx, opts, entries, terminalPrompts());
  } catch (err) {
    // Ctrl-C ends the session, but the people already done still get their summary.
    if (err instanceof Error && err.name === "ExitPromptError" && entries.length > 0) {
      ctx.term.stdout.write(`\n${groupText(ctx, entries, opts)}`);
      sayWhatWasSaved(ctx, opts, entries.length);
    }
    throw err;
  }
  clearScreen(ctx);
  for (const nation of new Set(entries.map((e) => e.report.nation))) warnIfStale(ctx, nation);
  ctx.term.stdout.write(groupText(ctx, entries, opts));
  sayWhatWasSaved(ctx, opts, entries.length);
}

function sayWhatWasSaved(ctx: Context, opts: WorkshopOptions, count: number): void {
  if (opts.save) ctx.term.stderr.write(`Saved ${count} answers file${count === 1 ? "" : "s"} to ${opts.save}\n`);
}

/** Clears the screen and its scrollback, so the next person does not see the last one's answers. */
function clearScreen(ctx: Context): void {
  if (ctx.term.stdoutIsTTY) ctx.term.stdout.write("\x1b[2J\x1b[3J\x1b[H");
}

async function askEach(ctx: Context, opts: WorkshopOptions, entries: WorkshopEntry[], prompts: Prompts): Promise<void> {
  for (let row = 1; ; row++) {
    ctx.term.stderr.write(`\nAttendee ${row}\n`);
    const name = (await prompts.input({ message: "Name or initials (optional; kept only with --save or --names):" })).trim();
    const answers = await askAnswers(prompts, ctx.dataset);
    const profile = profileFromValue(answers, ctx.dataset, "<questionnaire>");
    const report: Report = assess(profile, ctx.dataset);
    entries.push({ row, ...(name ? { name } : {}), report });
    if (opts.save) {
      const file = join(opts.save, `${safeFileName(row, name)}.yaml`);
      writeFileSync(file, stringify({ ...(name ? { name } : {}), ...answersOf(profile) }), { flag: opts.force ? "w" : "wx" });
    }
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
