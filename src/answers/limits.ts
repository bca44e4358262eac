// The ranges an answer may take, apart from the schema: the questionnaire
// checks typed answers against them before the first question is drawn, and
// must not load zod (a large library) to do it.

import { earlierAnswer } from "../model/answers.js";

/** The fastest typing speed taken, from the answer's registry entry. */
export const TYPING_WPM_MAX = (earlierAnswer("typingWpm")!.value as { max: number }).max;
/** The longest length of work taken, from the entries' (50 years). */
export const EXPERIENCE_MONTHS_MAX = (earlierAnswer("experience.adminMonths")!.value as { max: number }).max;
