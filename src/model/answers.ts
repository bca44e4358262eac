// The registry of answers: one entry defines an answer for every way in and
// out of the tool. From an entry's `value` (its kind) the answers schema (and
// so the JSON Schema and `--set`) builds its check, the questionnaire its
// question, a workshop sheet its column and cell reading, the Profile its
// field, and the workshop's cache key the key; parse.ts copies it into the
// Profile, and warns where the rules ignore it (`ignoredWhen`). Its words in
// "What you told us" and in `compare` live in src/render/answer-words.ts,
// keyed by the same key: a key without them fails the type check there.
//
// Every answer has an entry. Those of 0.1 and 0.2 (EARLIER_ANSWERS) keep the
// place each always had: in the questionnaire and the report, the order of
// their entries; in an answers file, its JSON Schema and a workshop sheet,
// FILE_ORDER. Those added since (REGISTERED_ANSWERS) follow them everywhere,
// in their own order. Plain constants and small functions: the questionnaire
// loads this before its first question, so it must not import zod, and it
// reads no file (the kinds that need the data are handed it).

import type { Dataset } from "./schema.js";
import {
  AFC_BANDS,
  AGE_GROUPS,
  CIRCUMSTANCES,
  CURRENT_JOBS,
  NATIONS,
  NHS_JOBS,
  OFFICE_LEVELS,
  TERMINOLOGY_LEVELS,
  WELSH_LEVELS,
  type AgeGroup,
  type CurrentJob,
  type Nation,
} from "./vocabulary.js";

// The closed lists live in the vocabulary, where the data's schemas (nation
// notes for carers, Welsh speakers) read them too.
export { CIRCUMSTANCES, WELSH_LEVELS, type Circumstance, type WelshLevel } from "./vocabulary.js";

/** The word that stands for full-time hours, where a number of hours may be given. */
export const FULL_TIME = "full-time";

/**
 * The kinds of value an answer can hold. Each kind has one reader per way in
 * (answers file, typed at a prompt, a sheet's cell, the questionnaire) and
 * one wording (src/render/answer-values.ts), written once for the kind. The
 * kinds whose values the data decides (a role, a band, qualifications) are
 * handed the dataset by their readers: the entry holds no list of them.
 */
export type AnswerValue =
  /** One of a closed list. */
  | { type: "choice"; values: readonly string[] }
  /** Any of a closed list, as a list; an empty list is an answer ("none of these"). */
  | { type: "choices"; values: readonly string[] }
  /** A number of hours a week in a range, or the word for full-time. */
  | { type: "hours"; min: number; max: number }
  /**
   * A length of time in whole months, written as the experience questions take it ("2 years", "18 months").
   * `blank: "none"`: a blank is no time at all (0 months), and the answer is always held (experience);
   * otherwise a blank is not said.
   */
  | { type: "months"; max: number; blank?: "none" }
  /** A number of years, whole or not; typed as a number of years or a length of time. */
  | { type: "years"; max: number }
  /** Yes or no (true or false in an answers file); asked with "Not sure", which leaves it unsaid. */
  | { type: "yes-no" }
  /** A typing speed in words per minute, from 0 to a most; typed as 45 or "45 wpm". */
  | { type: "wpm"; max: number }
  /** A role to aim for, by id: one that a route in the data leads to (the readers are handed the data). */
  | { type: "role" }
  /** An Agenda for Change band, "band 3" or a bare 3 as well: one the nation's pay tables hold (the readers are handed them). */
  | { type: "band"; values: readonly string[] }
  /** Qualifications, as a list of the data's ids (the readers are handed the data's qualifications). */
  | { type: "qualifications" }
  /** An age in whole years, in a range. */
  | { type: "age"; min: number; max: number }
  /** An age group, as people write one ("16 to 17", "21 or over"). */
  | { type: "age-group"; values: readonly AgeGroup[] };

/**
 * Who a person is, as far as the answers before a question say: whether to
 * ask it (`askedWhen`), and whether the rules use it (`ignoredWhen`).
 */
export interface AskedContext {
  /** Where they will work; England where they did not say (`nationAssumed`). */
  nation: Nation;
  nationAssumed?: true;
  currentJob?: CurrentJob;
  nhsBand?: string;
  ageGroup?: AgeGroup;
}

export interface QuestionChoice {
  value: string;
  name: string;
  description?: string;
}

/** What an entry's choices may be worded from: the data, the nation answered, and the answer's own words. */
export interface ChoiceData {
  dataset: Dataset;
  nation: Nation;
  /** A value in the words "What you told us" gives it (src/render/answer-words.ts), in the nation's terms. */
  valueWords(value: string): string;
}

/**
 * The question. For a choice, the choices' wording (or how it is drawn from
 * the data); "Rather not say" is added to every single choice that is not
 * always answered. `startsOn`: the answer the cursor starts on, the one most
 * people give, never a skill claimed.
 */
export interface Question {
  message: string;
  choices?: readonly QuestionChoice[];
  /** The choices worded from the data, where their words are there (a nation's name, its health service's). */
  choicesFrom?: (data: ChoiceData) => readonly QuestionChoice[];
  startsOn?: string;
  /** A choice everyone can answer (a level of skill, from "none", or where they will work): no "Rather not say" is added. */
  alwaysAnswered?: true;
  /** The choice that leaves it unsaid, where it is worded otherwise than "Rather not say". */
  notSaid?: string;
  /** Said once, before the question. */
  note?: string;
  /**
   * A list of what the person is working towards: asked only after "Yes" to
   * this question, and offering only what is open to learners and not held.
   */
  towards?: { message: string };
  /** Left blank, the typing test is offered, where it can run. */
  offersTypingTest?: true;
}

/** A workshop sheet's column. */
export interface Column {
  header: string;
  sample: string;
  aliases: readonly string[];
  /** Other words a sheet's cell may hold for a choice's values, as people write them ("no" for none). */
  synonyms?: Readonly<Record<string, string>>;
  /** Another answer the column may hold instead, read by that answer's kind: an age column takes an age group. */
  orElse?: string;
  /**
   * A cell that cannot be read is left as not said, never a skipped row: so
   * that a sheet which already had, say, an "Age" column of its own reads as
   * it did. Every column added since 0.1 is so (the registered answers' too).
   */
  unreadIsUnsaid?: true;
}

/**
 * An answer the rules ignore for some people, where an answers file gives it
 * anyway (Welsh outside Wales): a warning names it, and `because` says why, in
 * the file's own terms. Never an error: the file stays valid.
 */
export interface Ignored {
  when: (ctx: AskedContext) => boolean;
  /** `name` names another answer as the input does: its key in a file, its column in a sheet. */
  because: (ctx: AskedContext, name: (key: string) => string) => string;
}

export interface AnswerDef {
  key: string;
  value: AnswerValue;
  /** What the answer means, for people reading an answers file's JSON Schema. */
  about: string;
  question: Question;
  /** Asked only of some people; left out, asked of everyone. An answers file may give it either way. */
  askedWhen?: (ctx: AskedContext) => boolean;
  ignoredWhen?: Ignored;
  /** The workshop sheet's column: appended after the older ones, so that an older sheet still reads. */
  column: Column;
}

/** Who a person is for `askedWhen` and `ignoredWhen`, from their answers so far; `assumed` is the nation where they gave none. */
export function askedContext(answers: { nation?: Nation | undefined; currentJob?: CurrentJob | undefined; nhsBand?: string | undefined; ageGroup?: AgeGroup | undefined }, assumed: Nation): AskedContext {
  const { nation, currentJob, nhsBand, ageGroup } = answers;
  return {
    nation: nation ?? assumed,
    ...(nation === undefined ? { nationAssumed: true as const } : {}),
    ...(currentJob === undefined ? {} : { currentJob }),
    ...(nhsBand === undefined ? {} : { nhsBand }),
    ...(ageGroup === undefined ? {} : { ageGroup }),
  };
}

/** Whom the rules of time out of work, Welsh and pay points apply to, each said once for the asking and the warning. */
const inWales = (ctx: AskedContext) => ctx.nation === "wales";
const hasBand = (ctx: AskedContext) => ctx.nhsBand !== undefined;
const inWork = (ctx: AskedContext) => ctx.currentJob !== undefined && ctx.currentJob !== "not-working";
/** A job given that is not the NHS's (a trust or board): the engine works out no NHS pay from a band for it (person.ts: isNhsStaff). */
const outsideNhs = (ctx: AskedContext) => ctx.currentJob !== undefined && !NHS_JOBS.includes(ctx.currentJob);

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
    // Used for everyone not known to be in work (a school leaver who gives it, or someone who did not say what they do).
    ignoredWhen: { when: inWork, because: (ctx, name) => `time since the last paid work is used only for someone not in work, and ${name("currentJob")} is ${ctx.currentJob}` },
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
    askedWhen: inWales,
    // Only Wales's notes read it (data/nations.yaml).
    ignoredWhen: { when: (ctx) => !inWales(ctx), because: (ctx, name) => `Welsh is used only for work in Wales, and ${ctx.nationAssumed ? "no nation is given, so England is assumed" : `${name("nation")} is ${ctx.nation}`}` },
    column: { header: "Welsh (none/learning/fluent)", sample: "", aliases: ["welsh", "welsh language", "speaks welsh"] },
  },
  {
    key: "bandYears",
    value: { type: "years", max: 50 },
    about: "Years on the person's current Agenda for Change band, for NHS staff with a band (added after 0.2).",
    question: { message: "How long have you been on your band? (e.g. 3 years; blank if not sure)" },
    askedWhen: (ctx) => hasBand(ctx) && !outsideNhs(ctx),
    // Only the pay of NHS staff reads it (a pay point on their band); a GP practice's band is used, but not for pay.
    ignoredWhen: {
      when: (ctx) => !hasBand(ctx) || outsideNhs(ctx),
      because: (ctx, name) =>
        hasBand(ctx) ? `years on a band are used only for the pay of NHS staff (a trust or board), and ${name("currentJob")} is ${ctx.currentJob}` : `years on a band are used only with the band, and ${name("nhsBand")} is not given`,
    },
    column: { header: "Years on band (if NHS staff)", sample: "", aliases: ["years on band", "years on current band", "time on band"] },
  },
] as const satisfies readonly AnswerDef[];

/**
 * An answer of 0.1 or 0.2. It keeps its place everywhere: the questionnaire
 * asks it, and the report shows it, in the order of EARLIER_ANSWERS; an
 * answers file, its JSON Schema and a workshop sheet hold it where FILE_ORDER
 * says. No `about`: the answers file's JSON Schema gives the older answers no
 * description. A key with a dot is nested in an answers file (experience).
 * `question` is left out of one the questionnaire does not ask (age: it asks
 * the age group), `column` of one with no column of its own (the age column
 * takes an age group too).
 */
export type EarlierAnswerDef = Omit<AnswerDef, "about" | "question" | "column"> & {
  question?: Question;
  column?: Column;
  /** A list of what is worked towards, not held yet: an id also under this answer is refused, and an empty list is nothing worked towards (left out). */
  notHeld?: "qualifications";
};

/** The one example every experience question gives: "none" typed is none for everyone, where a blank would not be for NHS staff. */
export const EXPERIENCE_EXAMPLE = "(e.g. 2 years, or none)";

/** How long a length of work may be: 50 years. */
const WORK_MONTHS = { type: "months", max: 600, blank: "none" } as const;

/** The wording of each current job as a choice, with the nation's name for its health service. */
const JOB_CHOICES: Record<CurrentJob, string> = {
  "not-working": "Studying, or not in a job now",
  "customer-facing": "Customer-facing work outside healthcare (shop, calls, hospitality)",
  office: "Office or admin work outside healthcare",
  secretarial: "Secretarial or PA work outside healthcare",
  "gp-practice": "GP practice staff (reception, admin or other)",
  "nhs-admin": "{serviceShort} admin or clerical staff (hospital or community)",
  "nhs-clinical": "{serviceShort} clinical staff (nurse, healthcare assistant, therapist...)",
  "care-or-private-healthcare": "Care home or private healthcare staff",
  "nhs-support": "{serviceShort} support staff (porter, domestic, catering, estates...)",
};

const AGE_WORDS: Record<AgeGroup, string> = { "16-17": "16 or 17", "18": "18", "19-20": "19 or 20", "21+": "21 or over" };

export const EARLIER_ANSWERS = [
  {
    key: "target",
    value: { type: "role" },
    // The roles to pick from are the data's: medical secretary first, where most aim.
    question: { message: "Which role are you aiming for?", startsOn: "medical-secretary", alwaysAnswered: true },
    column: { header: "Target role", sample: "medical-secretary", aliases: ["target role", "target", "role", "aiming for"] },
  },
  {
    key: "nation",
    value: { type: "choice", values: NATIONS },
    question: {
      message: "Where in the UK will you work?",
      // By the data's own names for the nations.
      choicesFrom: ({ dataset }) => NATIONS.map((n) => ({ value: n, name: dataset.nations.find((x) => x.id === n)?.name ?? n })),
      // England, as the rules assume where no nation is given.
      startsOn: "england",
      alwaysAnswered: true,
    },
    column: { header: "Nation (england/scotland/wales/northern-ireland)", sample: "england", aliases: ["nation", "country", "where in the uk"], synonyms: { ni: "northern-ireland", uk: "england" } },
  },
  {
    key: "currentJob",
    value: { type: "choice", values: CURRENT_JOBS },
    question: {
      message: "What do you do now?",
      // An NHS job in the nation's own words (HSC in Northern Ireland), with how the report will name it.
      choicesFrom: ({ dataset, nation, valueWords }) => {
        const short = dataset.nations.find((n) => n.id === nation)?.serviceShort ?? "NHS";
        return CURRENT_JOBS.map((j) => ({ value: j, name: JOB_CHOICES[j].replace("{serviceShort}", short), description: valueWords(j) }));
      },
      startsOn: "not-working",
      notSaid: "Something else, or rather not say",
    },
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
      unreadIsUnsaid: true,
    },
  },
  {
    key: "nhsBand",
    value: { type: "band", values: AFC_BANDS },
    // A band is on every payslip: the cursor starts on the lowest the nation pays, not on Not sure.
    question: { message: "Which Agenda for Change band are you on?", notSaid: "Not sure" },
    askedWhen: (ctx) => ctx.currentJob !== undefined && NHS_JOBS.includes(ctx.currentJob),
    // NHS staff's pay reads it, and so does whether GP practice staff may hold the role already (person.ts: mayHoldRole); no one else's answers.
    ignoredWhen: { when: (ctx) => outsideNhs(ctx) && ctx.currentJob !== "gp-practice", because: (ctx, name) => `a band is used only for NHS staff and GP practice staff, and ${name("currentJob")} is ${ctx.currentJob}` },
    column: { header: "NHS band (if NHS staff)", sample: "", aliases: ["nhs band", "band", "afc band", "agenda for change band"], unreadIsUnsaid: true },
  },
  {
    key: "age",
    value: { type: "age", min: 14, max: 100 },
    // Not asked: the questionnaire asks the age group. The sheet's age column takes either.
    column: { header: "Age (or 16-17/18/19-20/21+)", sample: "21+", aliases: ["age", "age group", "how old are you"], orElse: "ageGroup", unreadIsUnsaid: true },
  },
  {
    key: "ageGroup",
    value: { type: "age-group", values: AGE_GROUPS },
    question: { message: "How old are you?", choices: AGE_GROUPS.map((g) => ({ value: g, name: AGE_WORDS[g] })), startsOn: "21+" },
  },
  {
    key: "typingWpm",
    value: { type: "wpm", max: 250 },
    question: { message: "Your typing speed in words per minute (blank if you don't know):", offersTypingTest: true },
    column: { header: "Typing speed (wpm)", sample: "42", aliases: ["typing speed", "typing", "wpm", "words per minute", "typing wpm"] },
  },
  {
    key: "audioTyping",
    value: { type: "yes-no" },
    // A skill is never claimed: the cursor starts on No.
    question: { message: "Have you done audio typing (typing from dictation)?", startsOn: "no" },
    column: { header: "Audio typing (yes/no)", sample: "no", aliases: ["audio typing", "audio", "done audio typing"] },
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
    key: "qualifications",
    value: { type: "qualifications" },
    question: { message: "Which of these do you hold? (space to tick, enter when done)" },
    column: { header: "Qualifications (ids, separated by ;)", sample: "gcse-english; gcse-maths", aliases: ["qualifications", "qualification"] },
  },
  {
    key: "studying",
    value: { type: "qualifications" },
    notHeld: "qualifications",
    // Someone part-way through an apprenticeship or course is told to finish it, not to start again.
    question: { message: "Which are you working towards? (space to tick, enter when done)", towards: { message: "Are you working towards a qualification now (an apprenticeship or a course)?" } },
    column: {
      header: "Working towards now (qualification ids, separated by ;)",
      sample: "",
      aliases: ["working towards now", "working towards", "studying now", "studying for", "currently studying"],
      unreadIsUnsaid: true,
    },
  },
  // Kept short: each question is wrapped to the terminal, and a long one takes
  // two lines. One job can count under several kinds (a legal secretary's years
  // are office work and secretarial work), and the questions say so: the tool
  // never adds the kinds together.
  {
    key: "experience.adminMonths",
    value: WORK_MONTHS,
    question: {
      message: `Time in office or admin work, secretarial included? ${EXPERIENCE_EXAMPLE}`,
      note: "One job can count under several of the next questions: count it in each.",
    },
    column: { header: "Office or admin experience (months)", sample: "12", aliases: ["office or admin experience", "admin experience", "office experience", "admin"] },
  },
  {
    key: "experience.customerServiceMonths",
    value: WORK_MONTHS,
    question: { message: `Time in customer-facing work (reception, retail, calls)? ${EXPERIENCE_EXAMPLE}` },
    column: { header: "Customer service experience (months)", sample: "24", aliases: ["customer service experience", "customer service", "customer facing experience", "customer facing"] },
  },
  {
    key: "experience.healthcareMonths",
    value: WORK_MONTHS,
    question: { message: `Time working in healthcare (hospital, GP, clinic, care)? ${EXPERIENCE_EXAMPLE}` },
    column: { header: "Healthcare experience (months)", sample: "0", aliases: ["healthcare experience", "healthcare", "health care experience"] },
  },
  {
    key: "experience.secretarialMonths",
    value: WORK_MONTHS,
    question: { message: `Time as a secretary or PA, any sector (legal counts)? ${EXPERIENCE_EXAMPLE}` },
    column: { header: "Secretarial experience (months)", sample: "0", aliases: ["secretarial experience", "secretarial", "secretarial or pa experience"] },
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
] as const satisfies readonly (EarlierAnswerDef & { key: string })[];

export type EarlierAnswer = (typeof EARLIER_ANSWERS)[number];
export type EarlierKey = EarlierAnswer["key"];

/** The answers of 0.1 and 0.2 in the order the questionnaire asks them and "What you told us" and `compare` show them. */
export const EARLIER_KEYS: readonly EarlierKey[] = EARLIER_ANSWERS.map((a) => a.key);

/**
 * Where each answer of 0.1 and 0.2 stands in an answers file, its JSON
 * Schema and a workshop sheet (the registered answers follow, in their own
 * order): a public contract, so none moves.
 */
export const FILE_ORDER = [
  "typingWpm",
  "audioTyping",
  "medicalTerminology",
  "officeSkills",
  "qualifications",
  "experience.adminMonths",
  "experience.customerServiceMonths",
  "experience.healthcareMonths",
  "experience.secretarialMonths",
  "needsToEarnWhileLearning",
  "canStudyPartTime",
  "nation",
  "target",
  "currentJob",
  "nhsBand",
  "age",
  "studying",
  "ageGroup",
] as const satisfies readonly EarlierKey[];
// An earlier answer missing from FILE_ORDER fails the type check here.
const everyEarlier: Exclude<EarlierKey, (typeof FILE_ORDER)[number]> extends never ? true : never = true;
void everyEarlier;

/** An earlier answer's entry. */
export function earlierAnswer(key: string): EarlierAnswerDef | undefined {
  return (EARLIER_ANSWERS as readonly EarlierAnswerDef[]).find((a) => a.key === key);
}

export type RegisteredAnswer = (typeof REGISTERED_ANSWERS)[number];
export type RegisteredKey = RegisteredAnswer["key"];
export const REGISTERED_KEYS: readonly RegisteredKey[] = REGISTERED_ANSWERS.map((a) => a.key);

/** Every answer, in the order the questionnaire asks them and the report shows them. */
export const ANSWERS: readonly EarlierAnswerDef[] = [...EARLIER_ANSWERS, ...REGISTERED_ANSWERS];

/** Every answer in the order of an answers file, its JSON Schema and a workshop sheet. */
export function answersInFileOrder(registered: readonly EarlierAnswerDef[] = REGISTERED_ANSWERS): EarlierAnswerDef[] {
  return [...FILE_ORDER.map((k) => earlierAnswer(k)!), ...registered];
}

/** Any answer's entry, by its key (its path, for one nested in an answers file). */
export function answerDef(key: string): EarlierAnswerDef | undefined {
  return ANSWERS.find((a) => a.key === key);
}

/** The value an answer of a kind holds, once read. */
export type ValueOf<V extends AnswerValue> = V extends { type: "choice"; values: readonly (infer T)[] }
  ? T
  : V extends { type: "choices"; values: readonly (infer T)[] }
    ? T[]
    : V extends { type: "age-group"; values: readonly (infer T)[] }
      ? T
      : V extends { type: "hours" }
        ? number | typeof FULL_TIME
        : V extends { type: "yes-no" }
          ? boolean
          : V extends { type: "role" } | { type: "band" }
            ? string
            : V extends { type: "qualifications" }
              ? string[]
              : number;

/** The registered answers as fields of a Profile: each may be left unsaid. */
export type RegisteredAnswers = { [A in RegisteredAnswer as A["key"]]?: ValueOf<A["value"]> };

export function registeredAnswer(key: string): RegisteredAnswer | undefined {
  return REGISTERED_ANSWERS.find((a) => a.key === key);
}
