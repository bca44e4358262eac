// `medsec-path bands`: the Agenda for Change pay points for a nation and year.

import { Command, Option } from "commander";
import { UsageError } from "../../errors.js";
import { findSupplements, findTable, payScale, payYears } from "../../engine/pay.js";
import { NATIONS, nationName, type Nation } from "../../engine/types.js";
import { bandsJson, toJson } from "../../render/json.js";
import { contextFor, warnIfStale } from "../context.js";

interface BandsOptions {
  nation: Nation;
  year?: string;
  band?: string;
  area?: string;
  json?: boolean;
}

export function registerBands(program: Command): void {
  program
    .command("bands")
    .description("NHS Agenda for Change pay points, by nation and pay year")
    .addOption(new Option("--nation <nation>", "whose pay tables").choices(NATIONS).default("england"))
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
    .action(async (opts: BandsOptions, command: Command) => {
      const ctx = await contextFor(command);
      const { pay } = ctx.dataset;
      const table = findTable(pay, opts.nation, opts.year);
      if (!table) {
        const held = payYears(pay, opts.nation);
        const gap = pay.unconfirmed.find((u) => u.nation === opts.nation && u.payYear === opts.year && u.what === "pay-table");
        throw new UsageError(
          `no ${opts.nation} pay table for ${opts.year ?? "any year"}${gap ? `: ${gap.why}` : ""}`,
          held.length ? `Years held for ${opts.nation}: ${held.join(", ")}` : undefined,
        );
      }
      if (opts.band !== undefined && !table.bands.some((b) => b.band === opts.band)) {
        throw new UsageError(`band "${opts.band}" is not in the ${table.nation} ${table.payYear} table`, `Bands: ${table.bands.map((b) => b.band).join(", ")}`);
      }
      let area;
      let supplements;
      if (opts.area) {
        supplements = findSupplements(pay, table.nation, table.payYear);
        area = supplements?.areas.find((a) => a.id === opts.area);
        if (!supplements || !area) {
          const held = pay.supplements.filter((s) => s.nation === table.nation).map((s) => s.payYear);
          throw new UsageError(
            `no High Cost Area Supplement figures for ${nationName(table.nation)} ${table.payYear} in the data`,
            held.length ? `Supplements are held for: ${held.join(", ")} (England only)` : "Supplements apply in England only.",
          );
        }
      }
      const scale = payScale(table, { band: opts.band, area, supplements });
      warnIfStale(ctx);
      if (opts.json) {
        ctx.term.stdout.write(toJson(bandsJson(scale)));
        return;
      }
      const [{ renderBands }, { makeStyle }] = await Promise.all([import("../../render/bands.js"), import("../../render/style.js")]);
      ctx.term.stdout.write(renderBands(scale, makeStyle(ctx.term.color), { width: ctx.term.columns }));
    });
}

