// A Profile's answers as one string, so that people who gave the same answers
// can share one verdict: a workshop's form often has many (the 10,000 of the
// benchmark's generated group gave about 1,300 different sets of answers).

import type { Experience, Profile } from "./types.js";
import { REGISTERED_KEYS } from "../model/answers.js";

const FIELDS = [
  "typingWpm",
  "audioTyping",
  "medicalTerminology",
  "officeSkills",
  "qualifications",
  "qualificationsUnknown",
  "experience",
  "needsToEarnWhileLearning",
  "canStudyPartTime",
  "nation",
  "target",
  "currentJob",
  "nhsBand",
  "age",
  "ageGroup",
  "studying",
  // Every answer in the registry, so that one added there is part of the key.
  ...REGISTERED_KEYS,
] as const satisfies readonly (keyof Profile)[];
const EXPERIENCE = ["adminMonths", "customerServiceMonths", "healthcareMonths", "secretarialMonths"] as const satisfies readonly (keyof Experience)[];

// A field added to Profile or Experience fails the type check here until it is part of the key.
const everyField: Exclude<keyof Profile, (typeof FIELDS)[number]> extends never ? true : never = true;
const everyKind: Exclude<keyof Experience, (typeof EXPERIENCE)[number]> extends never ? true : never = true;
void everyField;
void everyKind;

const known = new Set<string>(FIELDS);
const knownExperience = new Set<string>(EXPERIENCE);

/** One value, written so that no two different values read the same: NaN is not null, "1" is not 1. */
function word(value: unknown): string {
  if (value === undefined) return "";
  return typeof value === "number" ? String(value) : JSON.stringify(value);
}

/**
 * The same string for the same answers and a different one for any other; or
 * undefined for a profile holding something this does not know, which then
 * gets a verdict of its own.
 */
export function profileKey(profile: Profile): string | undefined {
  for (const field in profile) if (!known.has(field)) return undefined;
  for (const kind in profile.experience) if (!knownExperience.has(kind)) return undefined;
  // Joined once: a string built up piece by piece is kept as all its pieces, several times the memory.
  const words: string[] = [];
  for (const field of FIELDS) {
    if (field === "experience") for (const kind of EXPERIENCE) words.push(word(profile.experience[kind]));
    else words.push(word(profile[field]));
  }
  return words.join(",");
}
