// Runs the questionnaire with whatever prompt functions it is handed (the real
// Inquirer ones, or fakes in tests) and returns answers in the file format.
// The questions are the registry's (src/model/answers.ts), asked in its order,
// each as its kind of value is asked.

import type { Answers } from "../answers/schema.js";
import type { Dataset, Nation } from "../engine/types.js";
import { TYPING_WPM_MAX } from "../answers/limits.js";
import { isTyped, parseRegistered } from "../answers/typed.js";
import { ANSWERS, askedContext, type EarlierAnswerDef } from "../model/answers.js";
import { DEFAULT_NATION } from "../engine/assess.js";
import {
  choicesOf,
  ELSEWHERE,
  NOTHING_TICKED,
  qualificationChecklist,
  qualificationGroups,
  STUDYING_NOW,
  studyingGroups,
  TYPING_TEST_OFFER,
  UNSURE,
  YES_NO_UNSURE,
  yesNoValue,
  type Choice,
  type QualificationGroups,
} from "./questions.js";

export interface Prompts {
  select<T>(config: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  input(config: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string>;
  checkbox<T>(config: { message: string; choices: (Choice<T> & { checked?: boolean })[] }): Promise<T[]>;
  /** A line of guidance between questions; optional, as fakes need not show it. */
  note?(text: string): void;
  /**
   * Runs the typing test, for someone who does not know their speed: its net
   * wpm, or undefined if the run was not scored. Left out where no test can
   * run, and then not offered.
   */
  typingTest?(): Promise<number | undefined>;
}

/**
 * Twenty-two questions at most: the band (and years on it) is asked only of
 * NHS staff, which qualification only of someone working towards one, time
 * out of work only of adults not in work, and Welsh only in Wales; so most
 * answer eighteen (sixteen, then hours and circumstances).
 */
export const QUESTION_COUNT = { most: 22, typical: 18 };

/**
 * A measured speed as an answer, only if the answers' own schema would take
 * it: a figure out of range would otherwise be refused after the last
 * question, losing every answer. Out of range, the speed stays not known.
 */
function measuredAnswer(wpm: number | undefined): number | undefined {
  return wpm !== undefined && Number.isFinite(wpm) && wpm >= 0 && wpm <= TYPING_WPM_MAX ? wpm : undefined;
}

/**
 * A tick list of the person's own nation's qualifications, ending in
 * "Qualifications from elsewhere in the UK": ticked, the others follow in a
 * second list. Most people never see the 31 items of all four nations.
 */
async function tickQualifications(prompts: Prompts, message: string, groups: QualificationGroups, nation: Nation): Promise<string[]> {
  const ticked = await prompts.checkbox({ message, choices: qualificationChecklist(groups, nation) });
  const held = ticked.filter((id) => id !== ELSEWHERE);
  if (!ticked.includes(ELSEWHERE)) return held;
  const more = await prompts.checkbox({ message: "And from elsewhere in the UK? (space to tick, enter when done)", choices: groups.elsewhere });
  return [...held, ...more];
}

/** What a question is asked with: the data, and the answers before it. */
interface Asking {
  prompts: Prompts;
  dataset: Dataset;
  /** The nation answered (asked second), for the lists drawn for it. */
  nation: Nation;
  answers: Record<string, unknown>;
}

/** A list of qualifications: those held, or, where the entry is a list worked towards, first whether any, then which of those open to learners and not held. */
async function askQualifications(def: EarlierAnswerDef, { prompts, dataset, nation, answers }: Asking): Promise<string[] | undefined> {
  const { message, towards } = def.question!;
  if (!towards) return tickQualifications(prompts, message, qualificationGroups(dataset, nation), nation);
  // Someone part-way through an apprenticeship or course is told to finish it, not to start again.
  let onCourse = await prompts.select({ message: towards.message, choices: STUDYING_NOW, default: false });
  while (onCourse) {
    const held = def.notHeld ? ((answers[def.notHeld] as string[] | undefined) ?? []) : [];
    const ticked = await tickQualifications(prompts, message, studyingGroups(dataset, nation, held), nation);
    if (ticked.length > 0) return ticked;
    // "Yes" and then nothing ticked would leave no trace in the report: ask again, or go back to No.
    onCourse = await prompts.select({ message: "You ticked none. Are you working towards one of them?", choices: NOTHING_TICKED, default: false });
  }
  return undefined;
}

/**
 * One answer's question, drawn from the kind of value it takes: a list to
 * pick one from, a list to tick, or typed text checked where it is typed.
 * Undefined where the person would rather not say.
 */
async function ask(def: EarlierAnswerDef, asking: Asking): Promise<unknown> {
  const { prompts } = asking;
  const question = def.question!;
  const { message, startsOn } = question;
  switch (def.value.type) {
    case "yes-no":
      return yesNoValue(await prompts.select({ message, choices: YES_NO_UNSURE, ...(startsOn ? { default: startsOn as "yes" | "no" } : {}) }));
    case "choices":
      return prompts.checkbox({ message, choices: [...(question.choices ?? [])] });
    case "qualifications":
      return askQualifications(def, asking);
    case "choice":
    case "age-group":
    case "role":
    case "band": {
      const picked = await prompts.select({ message, choices: choicesOf(def, asking.dataset, asking.nation), ...(startsOn ? { default: startsOn } : {}) });
      return picked === UNSURE ? undefined : picked;
    }
  }
  const value = def.value;
  if (!isTyped(value)) return undefined;
  if (question.note) prompts.note?.(question.note);
  const text = await prompts.input({
    message,
    validate: (v) => {
      const r = parseRegistered(value, v);
      return r.ok ? true : r.error;
    },
  });
  const read = parseRegistered(value, text);
  const answer = read.ok ? read.value : undefined;
  // Left blank: measured now, where the typing test can run.
  if (answer === undefined && question.offersTypingTest && prompts.typingTest) {
    const take = await prompts.select({ message: "Measure it now with a one-minute typing test?", choices: TYPING_TEST_OFFER });
    if (take) return measuredAnswer(await prompts.typingTest());
  }
  return answer;
}

function setAt(answers: Record<string, unknown>, key: string, value: unknown): void {
  const [outer, inner] = key.split(".") as [string, string | undefined];
  if (inner === undefined) answers[outer] = value;
  else answers[outer] = { ...(answers[outer] as object | undefined), [inner]: value };
}

/** The questions in the registry's order, each only of those it applies to; each typed answer is checked where it is typed. */
export async function askAnswers(prompts: Prompts, dataset: Dataset): Promise<Answers> {
  const answers: Record<string, unknown> = {};
  for (const def of ANSWERS) {
    // The age is not asked: its group is.
    if (!def.question) continue;
    const nation = (answers.nation as Nation | undefined) ?? DEFAULT_NATION;
    if (def.askedWhen && !def.askedWhen(askedContext(answers, DEFAULT_NATION))) continue;
    const value = await ask(def, { prompts, dataset, nation, answers });
    if (value !== undefined) setAt(answers, def.key, value);
  }
  return answers as Answers;
}
