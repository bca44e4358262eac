// `medsec-path bands`: the Agenda for Change pay points for a nation and year.
// This file declares the command; ../run/bands.ts does the work.

import { Command, InvalidArgumentError, Option } from "commander";
import { didYouMean } from "../../render/did-you-mean.js";
import { nationOption } from "./nation-option.js";
import { refuseFormat } from "./output-choice.js";
import { runBands, type BandsOptions } from "../run/bands.js";

const AREAS = ["inner-london", "outer-london", "fringe"] as const;

/** An area id, in any case; a near miss or a part of one ("london") gets a suggestion. */
export function parseArea(value: string): string {
  const v = value.trim().toLowerCase().replace(/\s+/g, "-");
  if ((AREAS as readonly string[]).includes(v)) return v;
  throw new InvalidArgumentError(`"${value}" is not an area${didYouMean(v, AREAS.map((id) => ({ id })))}; use one of: ${AREAS.join(", ")}.`);
}

export function registerBands(program: Command): void {
  refuseFormat(program.command("bands"))
    .description("NHS Agenda for Change pay points, by nation and pay year")
    .addOption(nationOption("whose pay tables"))
    .option("--year <year>", "pay year, like 2025/26 (default: the newest in the data)")
    .option("--band <band>", "one band only, like 4 or 8a")
    .addOption(new Option("--area <area>", `add an England High Cost Area Supplement (${AREAS.join(", ")})`).argParser(parseArea))
    .option("--json", "print JSON for scripts")
    .addHelpText(
      "after",
      `
Examples:
  $ medsec-path bands                          England, newest pay year
  $ medsec-path bands --band 4 --area inner-london
  $ medsec-path bands --nation scotland --year 2025/26
  $ medsec-path bands --json | jq '.bands[] | {band, min, max}'`,
    )
    // Loaded with the program, not on demand: bands --json is the command
    // scripts call most, and its work is small.
    .action(async (opts: BandsOptions, command: Command) => runBands(opts, command));
}
