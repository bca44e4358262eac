// A typing test's result, as the same titled sections the assessment report
// is built from (so the terminal, and any renderer that reads sections, can
// draw it), and as JSON for scripts.

import { answeredWpm, MIN_TYPING_CHARACTERS, MIN_TYPING_SECONDS, type NotScoredReason, type TypingOutcome } from "../engine/typing.js";
import type { TypingTestOutput } from "./output-schemas.js";
import type { ReportModel, Section } from "./report-model.js";
import { statusWord } from "./report-model.js";

const whole = (n: number) => String(Math.round(n));
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function notScored(reason: NotScoredReason): string {
  switch (reason) {
    case "pasted":
      return "Not scored: the text arrived faster than anyone types, so it was pasted. Run the test again and type it yourself.";
    case "nothing-typed":
      return "Not scored: nothing was typed.";
    case "too-short":
      return `Not scored: it stopped too soon to measure a speed. Run the test again and type for at least ${MIN_TYPING_SECONDS} seconds (${MIN_TYPING_CHARACTERS} characters or more) before pressing Esc.`;
    case "too-fast":
      return "Not scored: the keys came faster than anyone types, so something other than a person typed them. Run the test again and type it yourself.";
  }
}

function timeText(o: TypingOutcome, seconds: number): string {
  const s = plural(Math.round(seconds), "second", "seconds");
  if (o.ended === "finished") return `${s} (you reached the end of the passage)`;
  if (o.ended === "stopped") return `${s} (stopped early)`;
  return s;
}

export function typingModel(o: TypingOutcome): ReportModel {
  const r = o.result;
  if (!r.scored) return { verdict: notScored(r.reason), sections: [], footnotes: [`Passage: ${o.passage.title}.`] };
  const sections: Section[] = [
    {
      title: "Your typing test",
      head: ["Measure", "Result"],
      rows: [
        ["Net speed", `${whole(r.netWpm)} wpm`],
        ["Gross speed", `${whole(r.grossWpm)} wpm`],
        ["Accuracy", `${whole(r.accuracy)}%`],
        ["Errors left in", String(r.errorsLeft)],
        ["Errors corrected", String(r.errorsCorrected)],
        ["Characters typed", String(r.charactersTyped)],
        ["Time", timeText(o, r.seconds)],
        ["Passage", o.passage.title],
      ],
    },
  ];
  const roles = o.roles;
  if (roles) {
    const notes: string[] = [];
    if (roles.noSpeed.length > 0) {
      notes.push(`${roles.noSpeed.map((x) => x.title).join(", ")}: no typing speed set in our data (employers may still test it).`);
    }
    sections.push({
      title: "Against each role's typing speed",
      head: ["Role", "Speed asked", "You", "Status"],
      statusColumn: 3,
      rows: roles.withSpeed.map((x) => [x.role.title, `${x.wpm} wpm${x.requirement.essential ? "" : " (desirable)"}`, `${whole(r.netWpm)} wpm`, statusWord(x.status)]),
      notes,
    });
  }
  return {
    verdict: `Your typing speed: ${whole(r.netWpm)} words a minute (net), ${whole(r.accuracy)}% accurate.`,
    sections,
    footnotes: [
      "Gross speed counts every character typed, five to a word; net speed takes off one word a minute for each error left in. Accuracy counts every key, mistakes you corrected included. Employers usually quote net speed.",
    ],
  };
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/** The JSON of `typing-test --json` (a contract: fields may be added, never renamed or removed). */
export function typingJson(o: TypingOutcome): TypingTestOutput {
  const base = { passage: { id: o.passage.id, title: o.passage.title }, timeLimit: o.limitSeconds, ended: o.ended };
  const r = o.result;
  if (!r.scored) return { scored: r.scored, ...base, reason: r.reason };
  return {
    scored: r.scored,
    ...base,
    seconds: oneDecimal(r.seconds),
    completed: r.completed,
    netWpm: oneDecimal(r.netWpm),
    grossWpm: oneDecimal(r.grossWpm),
    accuracy: oneDecimal(r.accuracy),
    charactersTyped: r.charactersTyped,
    charactersRight: r.charactersRight,
    errorsLeft: r.errorsLeft,
    errorsCorrected: r.errorsCorrected,
    roles: (o.roles?.withSpeed ?? []).map((x) => ({ id: x.role.id, title: x.role.title, requirement: x.requirement.id, essential: x.requirement.essential, wpm: x.wpm, status: x.status })),
    rolesWithoutSpeed: (o.roles?.noSpeed ?? []).map((x) => x.id),
  };
}

/** One line on how a test went, for the questionnaire to show before its next question. */
export function typingSummary(o: TypingOutcome): string {
  const r = o.result;
  if (!r.scored) return `${notScored(r.reason)} Your typing speed is left as not known.`;
  const net = answeredWpm(r);
  return `Typing test: ${net} wpm net (${whole(r.grossWpm)} gross), ${whole(r.accuracy)}% accurate. Your answer: ${net} wpm.`;
}
