// Runs the questionnaire with whatever prompt functions it is handed (the real
// Inquirer ones, or fakes in tests) and returns answers in the file format.

import type { Answers } from "../answers/schema.js";
import type { CurrentJob, Dataset, Nation } from "../engine/types.js";
import { TYPING_WPM_MAX } from "../answers/limits.js";
import { parseDuration, parseRegistered, parseWpm } from "../answers/typed.js";
import { earlierAnswer, REGISTERED_ANSWERS, type AnswerDef, type AskedContext } from "../model/answers.js";
import { DEFAULT_NATION, DEFAULT_TARGET } from "../engine/assess.js";
import { NHS_JOBS } from "../engine/person.js";
import {
  AGE_CHOICES,
  bandChoices,
  ELSEWHERE,
  EXPERIENCE_HINT,
  EXPERIENCE_QUESTIONS,
  jobChoices,
  nationChoices,
  NOTHING_TICKED,
  OFFICE_CHOICES,
  qualificationChecklist,
  qualificationGroups,
  roleChoices,
  STARTS_ON,
  STUDYING_NOW,
  studyingGroups,
  TERMINOLOGY_CHOICES,
  TYPING_TEST_OFFER,
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

/** The choice that leaves a registered answer unsaid. */
const RATHER_NOT_SAY = "(rather not say)";

/**
 * A registered answer's question (src/model/answers.ts), drawn from the kind
 * of value it takes: a list to pick one from, a list to tick, or typed text
 * checked where it is typed. Undefined where the person would rather not say.
 */
async function askRegistered(prompts: Prompts, def: Pick<AnswerDef, "value" | "question">): Promise<unknown> {
  const { message, choices = [], startsOn } = def.question;
  if (def.value.type === "yes-no") return yesNoValue(await prompts.select({ message, choices: YES_NO_UNSURE, ...(startsOn ? { default: startsOn } : {}) }));
  if (def.value.type === "choices") return prompts.checkbox({ message, choices: [...choices] });
  if (def.value.type === "choice") {
    if (def.question.alwaysAnswered) return prompts.select({ message, choices: [...choices] });
    const picked = await prompts.select({ message, choices: [...choices, { value: RATHER_NOT_SAY, name: "Rather not say" }] });
    return picked === RATHER_NOT_SAY ? undefined : picked;
  }
  const value = def.value;
  const text = await prompts.input({
    message,
    validate: (v) => {
      const r = parseRegistered(value, v);
      return r.ok ? true : r.error;
    },
  });
  const read = parseRegistered(value, text);
  return read.ok ? read.value : undefined;
}

/** An earlier yes-or-no answer, asked as its registry entry words it, in the place it always had. */
async function askYesNo(prompts: Prompts, key: "audioTyping" | "needsToEarnWhileLearning" | "canStudyPartTime"): Promise<boolean | undefined> {
  return (await askRegistered(prompts, earlierAnswer(key)!)) as boolean | undefined;
}

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

/** The questions in order (and an offer to measure typing speed); each typed answer is checked where it is typed. */
export async function askAnswers(prompts: Prompts, dataset: Dataset): Promise<Answers> {
  const target = await prompts.select({ message: "Which role are you aiming for?", choices: roleChoices(dataset), default: DEFAULT_TARGET });
  const nation = await prompts.select({ message: earlierAnswer("nation")!.question.message, choices: nationChoices(), default: DEFAULT_NATION });
  // Where the person stands today decides which routes are open to them.
  const job = await prompts.select({ message: earlierAnswer("currentJob")!.question.message, choices: jobChoices(dataset, nation), default: STARTS_ON.job });
  const currentJob = job === "unsure" ? undefined : (job as CurrentJob);
  const nhsStaff = currentJob !== undefined && NHS_JOBS.includes(currentJob);
  // A band is on every payslip: the cursor starts on the lowest, not on Not sure.
  const band = nhsStaff ? await prompts.select({ message: "Which Agenda for Change band are you on?", choices: bandChoices(dataset, nation) }) : "unsure";
  const ageGroup = await prompts.select({ message: "How old are you?", choices: AGE_CHOICES, default: STARTS_ON.age });

  const wpmText = await prompts.input({
    message: earlierAnswer("typingWpm")!.question.message,
    validate: (v) => {
      const r = parseWpm(v);
      return r.ok ? true : r.error;
    },
  });
  const typed = parseWpm(wpmText);
  let typingWpm = typed.ok ? typed.value : undefined;
  if (typingWpm === undefined && prompts.typingTest) {
    const take = await prompts.select({ message: "Measure it now with a one-minute typing test?", choices: TYPING_TEST_OFFER });
    if (take) typingWpm = measuredAnswer(await prompts.typingTest());
  }
  const audioTyping = await askYesNo(prompts, "audioTyping");
  const medicalTerminology = (await askRegistered(prompts, earlierAnswer("medicalTerminology")!)) as (typeof TERMINOLOGY_CHOICES)[number]["value"];
  const officeSkills = (await askRegistered(prompts, earlierAnswer("officeSkills")!)) as (typeof OFFICE_CHOICES)[number]["value"];
  const qualifications = await tickQualifications(prompts, "Which of these do you hold? (space to tick, enter when done)", qualificationGroups(dataset, nation), nation);
  // Someone part-way through an apprenticeship or course is told to finish it, not to start again.
  let onCourse = await prompts.select({ message: "Are you working towards a qualification now (an apprenticeship or a course)?", choices: STUDYING_NOW, default: false });
  let studying: string[] = [];
  while (onCourse) {
    studying = await tickQualifications(prompts, "Which are you working towards? (space to tick, enter when done)", studyingGroups(dataset, nation, qualifications), nation);
    if (studying.length > 0) break;
    // "Yes" and then nothing ticked would leave no trace in the report: ask again, or go back to No.
    onCourse = await prompts.select({ message: "You ticked none. Are you working towards one of them?", choices: NOTHING_TICKED, default: false });
  }

  prompts.note?.(EXPERIENCE_HINT);
  const experience: Record<string, number> = {};
  for (const q of EXPERIENCE_QUESTIONS) {
    const text = await prompts.input({
      message: q.message,
      validate: (v) => {
        const r = parseDuration(v);
        return r.ok ? true : r.error;
      },
    });
    const parsed = parseDuration(text);
    experience[q.key] = parsed.ok ? parsed.months : 0;
  }

  const needsToEarnWhileLearning = await askYesNo(prompts, "needsToEarnWhileLearning");
  const canStudyPartTime = await askYesNo(prompts, "canStudyPartTime");

  // The answers added since 0.2, in the registry's order, each only of those it applies to.
  const asked: AskedContext = { nation, ...(currentJob !== undefined ? { currentJob } : {}), ...(band !== "unsure" ? { nhsBand: band } : {}), ...(ageGroup !== "unsure" ? { ageGroup } : {}) };
  const registered: Record<string, unknown> = {};
  for (const def of REGISTERED_ANSWERS as readonly AnswerDef[]) {
    if (def.askedWhen && !def.askedWhen(asked)) continue;
    const value = await askRegistered(prompts, def);
    if (value !== undefined) registered[def.key] = value;
  }

  const answers: Answers = { target, nation, qualifications, experience: experience as Answers["experience"] };
  if (currentJob !== undefined) answers.currentJob = currentJob;
  if (band !== "unsure") answers.nhsBand = band;
  if (ageGroup !== "unsure") answers.ageGroup = ageGroup;
  if (studying.length > 0) answers.studying = studying;
  if (typingWpm !== undefined) answers.typingWpm = typingWpm;
  if (audioTyping !== undefined) answers.audioTyping = audioTyping;
  answers.medicalTerminology = medicalTerminology;
  answers.officeSkills = officeSkills;
  if (needsToEarnWhileLearning !== undefined) answers.needsToEarnWhileLearning = needsToEarnWhileLearning;
  if (canStudyPartTime !== undefined) answers.canStudyPartTime = canStudyPartTime;
  return { ...answers, ...registered };
}
