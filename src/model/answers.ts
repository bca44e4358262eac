// The registry of answers: one entry defines an answer for every way in and
// out of the tool. From an entry's `value` the answers schema (and so the
// JSON Schema and `--set`) builds its check, the questionnaire its question,
// a workshop sheet its column and cell reading; the Profile type gains the
// field, and the workshop's cache key the key. Its words in "What you told us"
// and in `compare` live in src/render/answer-words.ts, keyed by the same key:
// a key without them fails the type check there.
//
// Answers added since 0.2 are defined here only (REGISTERED_ANSWERS). The
// answers of 0.1 and 0.2 are moving in one kind at a time (EARLIER_ANSWERS),
// each kept in the place it always had; those without an entry yet
// (experience, band, age, qualifications, working towards, target) still
// have their own code in each of those places. Plain constants and small functions: the questionnaire loads
// this before its first question, so it must not import zod.

import { CIRCUMSTANCES, CURRENT_JOBS, NATIONS, OFFICE_LEVELS, TERMINOLOGY_LEVELS, WELSH_LEVELS, type AgeGroup, type CurrentJob, type Nation } from "./vocabulary.js";

// The closed lists live in the vocabulary, where the data's schemas (nation
// notes for carers, Welsh speakers) read them too.
export { CIRCUMSTANCES, WELSH_LEVELS, type Circumstance, type WelshLevel } from "./vocabulary.js";

/** The word that stands for full-time hours, where a number of hours may be given. */
export const FULL_TIME = "full-time";

/**
 * The kinds of value an answer can hold. Each kind has one reader per way in
 * (answers file, typed at a prompt, a sheet's cell), written once for the kind.
 */
export type AnswerValue =
  /** One of a closed list. */
  | { type: "choice"; values: readonly string[] }
  /** Any of a closed list, as a list; an empty list is an answer ("none of these"). */
  | { type: "choices"; values: readonly string[] }
  /** A number of hours a week in a range, or the word for full-time. */
  | { type: "hours"; min: number; max: number }
  /** A length of time in whole months, written as the experience questions take it ("2 years", "18 months"). */
  | { type: "months"; max: number }
  /** A number of years, whole or not; typed as a number of years or a length of time. */
  | { type: "years"; max: number }
  /** Yes or no (true or false in an answers file); asked with "Not sure", which leaves it unsaid. */
  | { type: "yes-no" }
  /** A typing speed in words per minute, from 0 to a most; typed as 45 or "45 wpm". */
  | { type: "wpm"; max: number };

/** What the questionnaire knows when it decides whether to ask: the answers before these. */
export interface AskedContext {
  nation: Nation;
  currentJob?: CurrentJob;
  nhsBand?: string;
  ageGroup?: AgeGroup;
}

export interface QuestionChoice {
  value: string;
  name: string;
  description?: string;
}

export interface AnswerDef {
  key: string;
  value: AnswerValue;
  /** What the answer means, for people reading an answers file's JSON Schema. */
  about: string;
  /**
   * The question. For a choice, the choices' wording; "Rather not say" is added to every single choice.
   * For yes or no, the answer the cursor starts on: the one most people give, never a skill claimed.
   */
  question: {
    message: string;
    choices?: readonly QuestionChoice[];
    startsOn?: "yes" | "no";
    /** A choice everyone can answer (a level of skill, from "none"): no "Rather not say" is added. */
    alwaysAnswered?: true;
  };
  /** Asked only of some people; left out, asked of everyone. An answers file may give it either way. */
  askedWhen?: (ctx: AskedContext) => boolean;
  /** The workshop sheet's column: appended after the older ones, so that an older sheet still reads. */
  column: {
    header: string;
    sample: string;
    aliases: readonly string[];
    /** Other words a sheet's cell may hold for a choice's values, as people write them ("no" for none). */
    synonyms?: Readonly<Record<string, string>>;
  };
}

export const REGISTERED_ANSWERS = [
  {
    key: "hoursPerWeek",
    value: { type: "hours", min: 1, max: 60 },
    about: `Hours a week the person can work: a number from 1 to 60, or "${FULL_TIME}" (added after 0.2).`,
    question: { message: `How many hours a week can you work? (a number, or ${FULL_TIME}; blank if not sure)` },
    column: { header: `Hours a week (1-60 or ${FULL_TIME})`, sample: FULL_TIME, aliases: ["hours a week", "hours per week", "hours", "weekly hours"] },
  },
  {
    key: "circumstances",
    value: { type: "choices", values: CIRCUMSTANCES },
    about:
      "Any of: carer (looks after someone), armed-forces (served, or the partner of someone who did), adjustments (would like adjustments at interview or in a typing test; the reason is never asked), qualified-abroad (school or college qualifications from outside the UK). An empty list means none of these (added after 0.2).",
    question: {
      message: "Do any of these apply to you? (space to tick, enter when done; none ticked means none)",
      choices: [
        { value: "carer", name: "I care for someone (a child, partner or relative) and it limits when I can work" },
        { value: "armed-forces", name: "I served in the armed forces, or my partner did" },
        { value: "adjustments", name: "I would like adjustments at interview or in a typing test", description: "For a disability or health condition. You need not say what it is." },
        { value: "qualified-abroad", name: "My school or college qualifications are from outside the UK" },
      ],
    },
    column: { header: "Circumstances (carer/armed-forces/adjustments/qualified-abroad, separated by ;)", sample: "", aliases: ["circumstances", "do any of these apply", "any of these apply"] },
  },
  {
    key: "outOfWorkMonths",
    value: { type: "months", max: 600 },
    about: "How long since the person's last paid work, in whole months; asked only of people not in work (added after 0.2).",
    question: { message: "How long since your last paid job? (e.g. 5 years; blank if never, or rather not say)" },
    // School leavers are not asked: most have not had a job to be away from.
    askedWhen: (ctx) => ctx.currentJob === "not-working" && ctx.ageGroup !== "16-17",
    column: { header: "Time since last paid work (months)", sample: "", aliases: ["time since last paid work", "out of work", "time out of work", "months out of work", "since last job"] },
  },
  {
    key: "welsh",
    value: { type: "choice", values: WELSH_LEVELS },
    about: "How much Welsh the person speaks: none, learning or fluent; asked only in Wales (added after 0.2).",
    question: {
      message: "Do you speak Welsh?",
      choices: [
        { value: "none", name: "No" },
        { value: "learning", name: "I am learning" },
        { value: "fluent", name: "Yes, fluently" },
      ],
    },
    askedWhen: (ctx) => ctx.nation === "wales",
    column: { header: "Welsh (none/learning/fluent)", sample: "", aliases: ["welsh", "welsh language", "speaks welsh"] },
  },
  {
    key: "bandYears",
    value: { type: "years", max: 50 },
    about: "Years on the person's current Agenda for Change band, for NHS staff with a band (added after 0.2).",
    question: { message: "How long have you been on your band? (e.g. 3 years; blank if not sure)" },
    askedWhen: (ctx) => ctx.nhsBand !== undefined,
    column: { header: "Years on band (if NHS staff)", sample: "", aliases: ["years on band", "years on current band", "time on band"] },
  },
] as const satisfies readonly AnswerDef[];

/**
 * The answers of 0.1 and 0.2, by their path in an answers file, in the order
 * "What you told us" and `compare` show them (before the registered ones).
 * Their words live in src/render/answer-words.ts, keyed by these, as the
 * registered answers' do; their checks, questions and columns still have
 * their own code, to be moved into entries here one kind at a time.
 */
export const EARLIER_KEYS = [
  "target",
  "nation",
  "currentJob",
  "nhsBand",
  "age",
  "ageGroup",
  "typingWpm",
  "audioTyping",
  "medicalTerminology",
  "officeSkills",
  "qualifications",
  "studying",
  "experience.adminMonths",
  "experience.customerServiceMonths",
  "experience.healthcareMonths",
  "experience.secretarialMonths",
  "needsToEarnWhileLearning",
  "canStudyPartTime",
] as const;
export type EarlierKey = (typeof EARLIER_KEYS)[number];

/**
 * An earlier answer moved into the registry. It keeps its place everywhere
 * (the questionnaire asks it where it always did, the answers file's schema
 * and the workshop sheet keep their order), so these entries say what it is
 * and how it is worded, and each place puts it where it stood. No `about`:
 * the answers file's JSON Schema gives the older answers no description.
 */
export type EarlierAnswerDef = Omit<AnswerDef, "key" | "about" | "askedWhen"> & { key: EarlierKey };

export const EARLIER_ANSWERS = [
  {
    key: "audioTyping",
    value: { type: "yes-no" },
    // A skill is never claimed: the cursor starts on No.
    question: { message: "Have you done audio typing (typing from dictation)?", startsOn: "no" },
    column: { header: "Audio typing (yes/no)", sample: "no", aliases: ["audio typing", "audio", "done audio typing"] },
  },
  {
    key: "typingWpm",
    value: { type: "wpm", max: 250 },
    // The typing test is offered after a blank answer, where it can run.
    question: { message: "Your typing speed in words per minute (blank if you don't know):" },
    column: { header: "Typing speed (wpm)", sample: "42", aliases: ["typing speed", "typing", "wpm", "words per minute", "typing wpm"] },
  },
  // Where the person works and what they do now: their choices are worded by
  // the questionnaire from the data (the nations by name, the jobs in the
  // nation's own words, with "Something else, or rather not say"), so the
  // entries hold the question and the column only.
  {
    key: "nation",
    value: { type: "choice", values: NATIONS },
    question: { message: "Where in the UK will you work?" },
    column: { header: "Nation (england/scotland/wales/northern-ireland)", sample: "england", aliases: ["nation", "country", "where in the uk"], synonyms: { ni: "northern-ireland", uk: "england" } },
  },
  {
    key: "currentJob",
    value: { type: "choice", values: CURRENT_JOBS },
    question: { message: "What do you do now?" },
    column: {
      header: "Current job (not-working/customer-facing/office/secretarial/gp-practice/nhs-admin/nhs-clinical/care-or-private-healthcare/nhs-support)",
      sample: "customer-facing",
      aliases: ["current job", "job now", "what do you do now", "working now", "current role"],
      synonyms: {
        "not working": "not-working",
        unemployed: "not-working",
        student: "not-working",
        retail: "customer-facing",
        gp: "gp-practice",
        "gp practice": "gp-practice",
        "nhs admin": "nhs-admin",
        "nhs clinical": "nhs-clinical",
        "nhs support": "nhs-support",
        porter: "nhs-support",
        domestic: "nhs-support",
        care: "care-or-private-healthcare",
        "private healthcare": "care-or-private-healthcare",
      },
    },
  },
  {
    key: "medicalTerminology",
    value: { type: "choice", values: TERMINOLOGY_LEVELS },
    question: {
      message: "How well do you know medical terminology?",
      choices: [
        { value: "none", name: "None yet" },
        { value: "some", name: "Some: I know common terms from work or study" },
        { value: "qualified", name: "I hold a medical terminology qualification" },
      ],
      alwaysAnswered: true,
    },
    column: { header: "Medical terminology (none/some/qualified)", sample: "some", aliases: ["medical terminology", "terminology"], synonyms: { "a qualification": "qualified", no: "none" } },
  },
  {
    key: "officeSkills",
    value: { type: "choice", values: OFFICE_LEVELS },
    question: {
      message: "How are your Office skills?",
      choices: [
        { value: "none", name: "Not really" },
        { value: "basic", name: "Basic: I can write a letter and send email" },
        { value: "confident", name: "Confident with Word, Outlook and Excel" },
      ],
      alwaysAnswered: true,
    },
    column: { header: "Office skills (none/basic/confident)", sample: "confident", aliases: ["office skills", "office", "it skills", "computer skills"], synonyms: { "not really": "none", no: "none" } },
  },
  {
    key: "needsToEarnWhileLearning",
    value: { type: "yes-no" },
    question: { message: "Do you need to earn while you learn?", startsOn: "yes" },
    column: { header: "Need to earn while learning (yes/no)", sample: "yes", aliases: ["need to earn while learning", "earn while learning", "needs to earn while learning", "need to earn"] },
  },
  {
    key: "canStudyPartTime",
    value: { type: "yes-no" },
    question: { message: "Could you study part-time (evenings, weekends or online)?", startsOn: "yes" },
    column: { header: "Can study part-time (yes/no)", sample: "yes", aliases: ["can study part time", "study part time", "part time study"] },
  },
] as const satisfies readonly EarlierAnswerDef[];

export type EarlierAnswer = (typeof EARLIER_ANSWERS)[number];

/** An earlier answer's entry, where it has one yet. */
export function earlierAnswer(key: string): EarlierAnswerDef | undefined {
  return (EARLIER_ANSWERS as readonly EarlierAnswerDef[]).find((a) => a.key === key);
}

export type RegisteredAnswer = (typeof REGISTERED_ANSWERS)[number];
export type RegisteredKey = RegisteredAnswer["key"];
export const REGISTERED_KEYS: readonly RegisteredKey[] = REGISTERED_ANSWERS.map((a) => a.key);

/** The value an answer of a kind holds, once read. */
export type ValueOf<V extends AnswerValue> = V extends { type: "choice"; values: readonly (infer T)[] }
  ? T
  : V extends { type: "choices"; values: readonly (infer T)[] }
    ? T[]
    : V extends { type: "hours" }
      ? number | typeof FULL_TIME
      : V extends { type: "yes-no" }
        ? boolean
        : number;

/** The registered answers as fields of a Profile: each may be left unsaid. */
export type RegisteredAnswers = { [A in RegisteredAnswer as A["key"]]?: ValueOf<A["value"]> };

export function registeredAnswer(key: string): AnswerDef | undefined {
  return (REGISTERED_ANSWERS as readonly AnswerDef[]).find((a) => a.key === key);
}
