// The typing test's words: its screen while the person types
// (src/typing/screen.ts), and its result (src/render/typing.ts), as a table
// and as the questionnaire's one line. The passage is the data's. Written as
// tagged templates like the rest of the catalogue (see tag.ts).

import type { NotScoredReason } from "../../engine/typing.js";
import type { Tag } from "./tag.js";

export function typingWordsOf(t: Tag) {
  const seconds = (n: number) => (n === 1 ? t`${n} second` : t`${n} seconds`);
  return {
    // ---- the screen ----
    heading: (passage: string) => t`Typing test: ${passage}`,
    instructions: (limit: number) => t`Type the passage below. The clock starts at your first key and runs for ${limit} seconds, or until the passage ends.`,
    keys: t`Backspace corrects. Esc stops early. Ctrl-C quits.`,
    waiting: (limit: number) => t`${limit} seconds: the clock starts when you type`,
    left: (left: number, typed: number, of: number) => (left === 1 ? t`${left} second left · ${typed} of ${of} characters` : t`${left} seconds left · ${typed} of ${of} characters`),

    // ---- the result ----
    notScored: {
      pasted: () => t`Not scored: the text arrived faster than anyone types, so it was pasted. Run the test again and type it yourself.`,
      "nothing-typed": () => t`Not scored: nothing was typed.`,
      "too-short": (minSeconds: number, minCharacters: number) =>
        t`Not scored: it stopped too soon to measure a speed. Run the test again and type for at least ${minSeconds} seconds (${minCharacters} characters or more) before pressing Esc.`,
      "too-fast": () => t`Not scored: the keys came faster than anyone types, so something other than a person typed them. Run the test again and type it yourself.`,
    } satisfies Record<NotScoredReason, (minSeconds: number, minCharacters: number) => string>,
    passage: (title: string) => t`Passage: ${title}.`,
    seconds,
    finished: (time: string) => t`${time} (you reached the end of the passage)`,
    stopped: (time: string) => t`${time} (stopped early)`,
    wpm: (wpm: number) => t`${wpm} wpm`,
    desirableWpm: (wpm: number) => t`${wpm} wpm (desirable)`,
    figures: {
      title: t`Your typing test`,
      head: [t`Measure`, t`Result`],
      net: t`Net speed`,
      gross: t`Gross speed`,
      accuracy: t`Accuracy`,
      errorsLeft: t`Errors left in`,
      errorsCorrected: t`Errors corrected`,
      charactersTyped: t`Characters typed`,
      time: t`Time`,
      passage: t`Passage`,
    },
    roles: { title: t`Against each role's typing speed`, head: [t`Role`, t`Speed asked`, t`You`, t`Status`] },
    noSpeedSet: (roles: string) => t`${roles}: no typing speed set in our data (employers may still test it).`,
    verdict: (net: number, accuracy: number) => t`Your typing speed: ${net} words a minute (net), ${accuracy}% accurate.`,
    howCounted: t`Gross speed counts every character typed, five to a word; net speed takes off one word a minute for each error left in. Accuracy counts every key, mistakes you corrected included. Employers usually quote net speed.`,
    // ---- the questionnaire's line after a test ----
    leftNotKnown: (notScored: string) => t`${notScored} Your typing speed is left as not known.`,
    summary: (net: number, gross: number, accuracy: number) => t`Typing test: ${net} wpm net (${gross} gross), ${accuracy}% accurate. Your answer: ${net} wpm.`,
  };
}

export type TypingWords = ReturnType<typeof typingWordsOf>;
