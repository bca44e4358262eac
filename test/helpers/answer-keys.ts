// The questionnaire answered key by key in a tmux terminal: target and nation
// left at their defaults, not in a job now, 21 or over, no audio typing, no terminology, basic Office, GCSE
// English and maths, not working towards one now, needs to earn and can study part-time;
// then the registry's questions for an adult not in work, each left blank.
import type { Tmux } from "./tmux.js";

export interface KeyAnswers {
  wpm: string;
  /** Typed first at the typing-speed prompt, to see it refused and corrected. */
  badWpm?: string;
  customerService?: string;
}

/** The registry of answers' questions (src/model/answers.ts) an adult not in work in England is asked, after the others. */
export const REGISTERED_PROMPTS = ["hours a week can you work", "Do any of these apply to you?", "last paid job"];

export async function answerQuestionnaire(term: Tmux, answers: KeyAnswers): Promise<void> {
  await term.waitFor("Which role are you aiming for?");
  term.keys("Enter"); // Medical secretary
  await term.waitFor("Where in the UK");
  term.keys("Enter"); // England
  await term.waitFor("What do you do now?");
  term.keys("Enter"); // studying, or not in a job now (where the cursor starts)
  await term.waitFor("How old are you?");
  term.keys("Enter"); // 21 or over (where the cursor starts)
  await term.waitFor("typing speed");
  if (answers.badWpm !== undefined) {
    term.type(answers.badWpm);
    term.keys("Enter");
    await term.waitFor("Type your speed in words per minute");
    term.keys("C-u");
  }
  term.type(answers.wpm);
  term.keys("Enter");
  await term.waitFor("audio typing");
  term.keys("Enter"); // No (where the cursor starts)
  await term.waitFor("medical terminology");
  term.keys("Enter"); // None yet
  await term.waitFor("Office skills");
  term.keys("Down", "Enter"); // Basic
  await term.waitFor("Which of these do you hold?");
  term.keys("Space", "Down", "Space", "Enter"); // GCSE English and maths
  await term.waitFor("Are you working towards");
  term.keys("Enter"); // No
  await term.waitFor("office or admin work");
  term.keys("Enter"); // none
  await term.waitFor("customer-facing work");
  if (answers.customerService) term.type(answers.customerService);
  term.keys("Enter");
  await term.waitFor("working in healthcare");
  term.keys("Enter");
  await term.waitFor("secretary or PA");
  term.keys("Enter");
  await term.waitFor("earn while you learn");
  term.keys("Enter"); // Yes (where the cursor starts)
  await term.waitFor("study part-time");
  term.keys("Enter"); // Yes (where the cursor starts)
  for (const q of REGISTERED_PROMPTS) {
    await term.waitFor(q);
    term.keys("Enter"); // blank hours and time out of work (not said); no circumstances ticked (none)
  }
}
