// A typing test's result, as the same titled sections the assessment report
// is built from (so the terminal, and any renderer that reads sections, can
// draw it), and as JSON for scripts. Its words are the catalogue's
// (src/render/words/typing-words.ts), en-GB unless a test locale is given.

import { answeredWpm, MIN_TYPING_CHARACTERS, MIN_TYPING_SECONDS, type NotScoredReason, type TypingOutcome } from "../engine/typing.js";
import type { TypingTestOutput } from "./output-schemas.js";
import type { ReportModel, Section } from "./report-model.js";
import { statusWord } from "./report-model.js";
import { enGB, type Catalogue } from "./words/en-gb.js";
import type { TypingWords } from "./words/typing-words.js";

const whole = (n: number) => Math.round(n);

function notScored(reason: NotScoredReason, tw: TypingWords): string {
  return tw.notScored[reason](MIN_TYPING_SECONDS, MIN_TYPING_CHARACTERS);
}

function timeText(o: TypingOutcome, seconds: number, tw: TypingWords): string {
  const s = tw.seconds(Math.round(seconds));
  if (o.ended === "finished") return tw.finished(s);
  if (o.ended === "stopped") return tw.stopped(s);
  return s;
}

export function typingModel(o: TypingOutcome, words: Catalogue = enGB): ReportModel {
  const tw = words.report.typing;
  const r = o.result;
  if (!r.scored) return { verdict: notScored(r.reason, tw), sections: [], footnotes: [tw.passage(o.passage.title)], words };
  const f = tw.figures;
  const sections: Section[] = [
    {
      title: f.title,
      head: [...f.head],
      rows: [
        [f.net, tw.wpm(whole(r.netWpm))],
        [f.gross, tw.wpm(whole(r.grossWpm))],
        [f.accuracy, `${whole(r.accuracy)}%`],
        [f.errorsLeft, String(r.errorsLeft)],
        [f.errorsCorrected, String(r.errorsCorrected)],
        [f.charactersTyped, String(r.charactersTyped)],
        [f.time, timeText(o, r.seconds, tw)],
        [f.passage, o.passage.title],
      ],
    },
  ];
  const roles = o.roles;
  if (roles) {
    const notes: string[] = [];
    if (roles.noSpeed.length > 0) notes.push(tw.noSpeedSet(roles.noSpeed.map((x) => x.title).join(", ")));
    sections.push({
      title: tw.roles.title,
      head: [...tw.roles.head],
      statusColumn: 3,
      rows: roles.withSpeed.map((x) => [x.role.title, x.requirement.essential ? tw.wpm(x.wpm) : tw.desirableWpm(x.wpm), tw.wpm(whole(r.netWpm)), statusWord(x.status, words.report)]),
      notes,
    });
  }
  return { verdict: tw.verdict(whole(r.netWpm), whole(r.accuracy)), sections, footnotes: [tw.howCounted], words };
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
export function typingSummary(o: TypingOutcome, words: Catalogue = enGB): string {
  const tw = words.report.typing;
  const r = o.result;
  if (!r.scored) return tw.leftNotKnown(notScored(r.reason, tw));
  return tw.summary(answeredWpm(r), whole(r.grossWpm), whole(r.accuracy));
}
