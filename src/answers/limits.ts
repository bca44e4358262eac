// The ranges an answer may take, apart from the schema: the questionnaire
// checks typed answers against them before the first question is drawn, and
// must not load zod (a large library) to do it.

export const TYPING_WPM_MAX = 250;
export const EXPERIENCE_MONTHS_MAX = 600;
