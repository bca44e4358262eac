// `medsec-path workshop`: a group's answers in (a form's CSV export, or a
// YAML/JSON list), a summary and handouts out; or --live, one attendee after
// another on the facilitator's machine. The work is in ../run/workshop.ts.

import { Command } from "commander";
import { refuseFormat } from "./output-choice.js";
// Type only: erased from the bundle, so the work stays loaded on demand.
import type { WorkshopOptions } from "../run/workshop.js";

export function registerWorkshop(program: Command): void {
  refuseFormat(program.command("workshop"), "for JSON, add --json; for a projector, --plain (no colour or box drawing)")
    .description("assess a group: a CSV or YAML of answers in, a summary and handouts out (or --live)")
    .argument("[responses]", "a CSV exported from a form, or a YAML/JSON list of answers (- reads stdin)")
    .option("--template", "print a CSV header and a sample row to build your form from")
    .option("--json", "print the summary, attendees and bad rows as JSON")
    .option("--plain", "projector-friendly: no colour, no box drawing")
    .option("--handouts <dir>", "write a Markdown and a printable HTML handout per attendee")
    .option("--force", "let --handouts and --save replace existing files")
    .option("--live", "ask the questions for one attendee after another, then show the group")
    .option("--save <dir>", "with --live, keep each attendee's answers as a YAML file")
    .option("--names", "show names (or initials) in summaries instead of row numbers")
    .option("--exact", "show counts of 1 and 2 instead of 'fewer than 3'")
    .option("--all", "list every attendee in the table (it stops at 100 otherwise)")
    .option("--summary", "the group table only, for showing to the room")
    .addHelpText(
      "after",
      `
Examples:
  $ medsec-path workshop --template > form.csv        headings for your form
  $ medsec-path workshop responses.csv                the group summary and each attendee
  $ medsec-path workshop responses.csv --handouts handouts/
  $ medsec-path workshop group.yaml --json > group.json
  $ medsec-path workshop responses.csv --summary --plain   for the projector
  $ medsec-path workshop --live --plain               on the projector, one person at a time

Rows that cannot be read are listed on stderr with their row and column and
skipped; the others are still assessed, and the exit code is then 65. A
handout that cannot be written (a full disk) stops the handouts, not the
assessment, and the exit code is then 74.`,
    )
    .action(async (responses: string | undefined, opts: WorkshopOptions, command: Command) => {
      const { runWorkshop } = await import("../run/workshop.js");
      await runWorkshop(responses, opts, command);
    });
}
