// The --nation option, shared by the commands that show pay: any case, and a
// suggestion for a near-miss ("scotand": did you mean scotland?).

import { InvalidArgumentError, Option } from "commander";
import { closest } from "../../engine/words.js";
import { NATIONS, type Nation } from "../../engine/types.js";

export function parseNation(value: string): Nation {
  const v = value.trim().toLowerCase().replace(/\s+/g, "-");
  if ((NATIONS as readonly string[]).includes(v)) return v as Nation;
  const guess = closest(v, NATIONS);
  throw new InvalidArgumentError(`"${value}" is not a nation${guess ? ` (did you mean ${guess}?)` : ""}; use one of: ${NATIONS.join(", ")}.`);
}

export function nationOption(description: string): Option {
  return new Option("--nation <nation>", `${description} (${NATIONS.join(", ")})`).argParser(parseNation).default("england");
}
