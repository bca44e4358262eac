// `medsec-path bands`: the Agenda for Change pay points for a nation and year.
// This file declares the command; ../run/bands.ts does the work.

import { Command, Option } from "commander";
import { nationOption } from "./nation-option.js";
import { refuseFormat } from "./output-choice.js";
import { runBands, type BandsOptions } from "../run/bands.js";

export function registerBands(program: Command): void {
  refuseFormat(program.command("bands"))
    .description("NHS Agenda for Change pay points, by nation and pay year")
    .addOption(nationOption("whose pay tables"))
    .option("--year <year>", "pay year, like 2025/26 (default: the newest in the data)")
    .option("--band <band>", "one band only, like 4 or 8a")
    .addOption(new Option("--area <area>", "add an England High Cost Area Supplement").choices(["inner-london", "outer-london", "fringe"]))
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
