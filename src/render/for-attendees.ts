// Handouts are read by workshop attendees, who will not have the tool: a
// command in the advice (`medsec-path typing-test`) means nothing to them, so
// it becomes what they can do or ask for. The screen and --format markdown
// keep the commands: there the reader has the tool.

import type { ReportModel } from "./report-model.js";
import { enGB, type Catalogue } from "./words/en-gb.js";

/** Known commands in the advice and notes, each as plain words; the order matters (whole clauses first). */
function plainWords(words: Catalogue): readonly [RegExp, (...m: string[]) => string][] {
  const h = words.report.handout;
  return [
    [/: `medsec-path bands --area [^`]*`[^.]*\./g, () => h.askForFigures],
    [/`medsec-path typing-test`/g, () => h.typingTest],
    // Any other command: named as something the adviser can run, not as code to type.
    [/`medsec-path ([^`]+)`/g, (_, command) => h.command(command!)],
    // Anything else in backticks is a word to quote, not code.
    [/`([^`]*)`/g, (_, text) => `"${text}"`],
  ];
}

export function forAttendees(text: string, words: Catalogue = enGB): string {
  return forAttendeesIn(text, words);
}

function forAttendeesIn(text: string, words: Catalogue = enGB): string {
  return plainWords(words).reduce((s, [pattern, say]) => s.replace(pattern, say), text);
}

/** The report with every sentence worded for an attendee. */
export function reportForAttendees(model: ReportModel): ReportModel {
  const forAttendees = (text: string) => forAttendeesIn(text, model.words);
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
