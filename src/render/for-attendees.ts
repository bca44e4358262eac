// Handouts are read by workshop attendees, who will not have the tool: a
// command in the advice (`medsec-path typing-test`) means nothing to them, so
// it becomes what they can do or ask for. The screen and --format markdown
// keep the commands: there the reader has the tool.

import type { ReportModel } from "./report-model.js";

/** Known commands in the advice and notes, each as plain words; the order matters (whole clauses first). */
const PLAIN: readonly [RegExp, string][] = [
  [/: `medsec-path bands --area [^`]*`[^.]*\./g, ": ask your careers adviser for the figures with it added."],
  [/`medsec-path typing-test`/g, "the typing test your careers adviser can give you"],
  // Any other command: named as something the adviser can run, not as code to type.
  [/`medsec-path ([^`]+)`/g, `the "medsec-path $1" command (ask your careers adviser)`],
  // Anything else in backticks is a word to quote, not code.
  [/`([^`]*)`/g, `"$1"`],
];

export function forAttendees(text: string): string {
  return PLAIN.reduce((s, [pattern, words]) => s.replace(pattern, words), text);
}

/** The report with every sentence worded for an attendee. */
export function reportForAttendees(model: ReportModel): ReportModel {
  return {
    verdict: forAttendees(model.verdict),
    sections: model.sections.map((s) => ({
      ...s,
      title: forAttendees(s.title),
      head: s.head.map(forAttendees),
      rows: s.rows.map((r) => r.map(forAttendees)),
      ...(s.notes ? { notes: s.notes.map(forAttendees) } : {}),
    })),
    footnotes: model.footnotes.map(forAttendees),
    ...(model.words ? { words: model.words } : {}),
  };
}
