// The data files as the loader knows them: their names, the schema each is
// checked against (defined once, in src/model/schema.ts, with the types the
// engine infers from them) and how large one may be.

import { bandsFile, nationsFile, passagesFile, qualificationsFile, rolesFile, routesFile } from "../model/schema.js";

export { passagesFile };
export const PASSAGES_FILE = "passages.yaml";

/**
 * The most one data file may hold. A folder of 100,000 roles written as JSON
 * (the bench's largest) is some 34 MB; twice that leaves room, and stays far
 * below what a JavaScript string can hold.
 */
export const DATA_FILE_MAX_BYTES = 64 * 1024 * 1024;

/** The data files, by the name they have in data/ or in a --data folder. */
export const DATA_FILES = {
  "bands.yaml": bandsFile,
  "qualifications.yaml": qualificationsFile,
  "roles.yaml": rolesFile,
  "routes.yaml": routesFile,
  "nations.yaml": nationsFile,
} as const;
export type DataFileName = keyof typeof DATA_FILES;
