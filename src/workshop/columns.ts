// The columns of a workshop responses sheet: what each is called in the
// template, and the other headings an online form's export might give it.
// The answers added since 0.2 bring their own columns from the registry
// (src/model/answers.ts), after these, so that an older sheet still reads.

import { earlierAnswer, REGISTERED_ANSWERS, type EarlierAnswer, type RegisteredKey } from "../model/answers.js";

export type Field =
  | "label"
  | "typingWpm"
  | "audioTyping"
  | "medicalTerminology"
  | "officeSkills"
  | "qualifications"
  | "adminMonths"
  | "customerServiceMonths"
  | "healthcareMonths"
  | "secretarialMonths"
  | "needsToEarnWhileLearning"
  | "canStudyPartTime"
  | "nation"
  | "target"
  | "currentJob"
  | "nhsBand"
  | "age"
  | "studying"
  | RegisteredKey;

export interface Column {
  field: Field;
  header: string;
  sample: string;
  aliases: string[];
}

/** An earlier answer's column from its registry entry, in the place it always had. */
function earlierColumn(key: EarlierAnswer["key"]): Column {
  const { header, sample, aliases } = earlierAnswer(key)!.column;
  return { field: key, header, sample, aliases: [...aliases] };
}

export const COLUMNS: Column[] = [
  { field: "label", header: "Name or initials", sample: "A.B.", aliases: ["name", "initials", "label", "attendee", "full name", "your name"] },
  earlierColumn("typingWpm"),
  earlierColumn("audioTyping"),
  earlierColumn("medicalTerminology"),
  earlierColumn("officeSkills"),
  { field: "qualifications", header: "Qualifications (ids, separated by ;)", sample: "gcse-english; gcse-maths", aliases: ["qualifications", "qualification"] },
  { field: "adminMonths", header: "Office or admin experience (months)", sample: "12", aliases: ["office or admin experience", "admin experience", "office experience", "admin"] },
  { field: "customerServiceMonths", header: "Customer service experience (months)", sample: "24", aliases: ["customer service experience", "customer service", "customer facing experience", "customer facing"] },
  { field: "healthcareMonths", header: "Healthcare experience (months)", sample: "0", aliases: ["healthcare experience", "healthcare", "health care experience"] },
  { field: "secretarialMonths", header: "Secretarial experience (months)", sample: "0", aliases: ["secretarial experience", "secretarial", "secretarial or pa experience"] },
  earlierColumn("needsToEarnWhileLearning"),
  earlierColumn("canStudyPartTime"),
  earlierColumn("nation"),
  { field: "target", header: "Target role", sample: "medical-secretary", aliases: ["target role", "target", "role", "aiming for"] },
  // Added in 0.2; an older sheet without them still reads, meaning "not said".
  earlierColumn("currentJob"),
  { field: "nhsBand", header: "NHS band (if NHS staff)", sample: "", aliases: ["nhs band", "band", "afc band", "agenda for change band"] },
  { field: "age", header: "Age (or 16-17/18/19-20/21+)", sample: "21+", aliases: ["age", "age group", "how old are you"] },
  {
    field: "studying",
    header: "Working towards now (qualification ids, separated by ;)",
    sample: "",
    aliases: ["working towards now", "working towards", "studying now", "studying for", "currently studying"],
  },
  ...REGISTERED_ANSWERS.map((a): Column => ({ field: a.key, header: a.column.header, sample: a.column.sample, aliases: [...a.column.aliases] })),
];

/**
 * Headings as forms export them vary in case, spacing, punctuation and a unit
 * in brackets: "Typing speed (wpm)", "typing_speed", " TYPING SPEED ".
 */
export function normaliseHeader(header: string): string {
  return withoutBracketed(header.replace(/^\uFEFF/, "").toLowerCase())
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * Each "(…)" or "[…]" replaced by a space, as /\([^)]*\)|\[[^\]]*\]/g
 * would, in one pass: that pattern, tried at every "(" of a heading with no
 * ")", took quadratic time.
 */
function withoutBracketed(text: string): string {
  const lastClose = { "(": text.lastIndexOf(")"), "[": text.lastIndexOf("]") };
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const open = text[i];
    if (open !== "(" && open !== "[") continue;
    // Past the last closing bracket, no opening one can be closed.
    if (i > lastClose[open]) continue;
    const close = text.indexOf(open === "(" ? ")" : "]", i + 1);
    out += `${text.slice(from, i)} `;
    from = close + 1;
    i = close;
  }
  return out + text.slice(from);
}

const BY_ALIAS = new Map<string, Field>();
for (const c of COLUMNS) {
  BY_ALIAS.set(normaliseHeader(c.header), c.field);
  for (const a of c.aliases) BY_ALIAS.set(normaliseHeader(a), c.field);
}

export function fieldFor(header: string): Field | undefined {
  return BY_ALIAS.get(normaliseHeader(header));
}

/** The CSV template: the header row and one sample row, with plain line ends. */
export function templateCsv(): string {
  const quote = (s: string) => (/[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return `${COLUMNS.map((c) => quote(c.header)).join(",")}\n${COLUMNS.map((c) => quote(c.sample)).join(",")}\n`;
}
