// The work of `medsec-path bands`: find the table, check the options against
// it, add a supplement if asked, print a table or JSON.

import type { Command } from "commander";
import { bandName } from "../../engine/pay.js";
import { findSupplements, findTable, payScale, payYears } from "../../engine/pay.js";
import { nationName, type Nation } from "../../engine/types.js";
import { closest } from "../../engine/words.js";
import { UsageError } from "../../errors.js";
import { bandsJson, toJson } from "../../render/bands-json.js";
import { contextFor, warnIfStale } from "../context.js";

export interface BandsOptions {
  nation: Nation;
  year?: string;
  band?: string;
  area?: string;
  json?: boolean;
}

/** A pay year written another way (2025-26, 2025/2026) as the data writes it, 2025/26; undefined if it is not one. */
export function payYearSpelling(year: string): string | undefined {
  const m = /^(\d{4})\s*[-–—_/.]\s*(\d{2}|\d{4})$/.exec(year.trim());
  if (!m) return undefined;
  const next = (Number(m[1]) + 1) % (m[2]!.length === 2 ? 100 : 10_000);
  if (Number(m[2]) !== next) return undefined;
  const spelt = `${m[1]}/${String(next % 100).padStart(2, "0")}`;
  return spelt === year ? undefined : spelt;
}

export async function runBands(opts: BandsOptions, command: Command): Promise<void> {
  // Pay tables are all this command prints: a --data folder's other files are not read.
  const ctx = await contextFor(command, ["bands.yaml"]);
  const { pay } = ctx.dataset;
  const table = findTable(pay, opts.nation, opts.year);
  if (!table) {
    const held = payYears(pay, opts.nation);
    const gapIn = (year: string | undefined) => pay.unconfirmed.find((u) => u.nation === opts.nation && u.payYear === year && u.what === "pay-table");
    const gap = gapIn(opts.year);
    // Another spelling of a year the data knows of (2025-26), or a near miss of one held.
    const spelt = opts.year === undefined ? undefined : payYearSpelling(opts.year);
    const known = (year: string | undefined) => year !== undefined && (held.includes(year) || gapIn(year) !== undefined);
    const guess = opts.year === undefined || gap ? undefined : spelt ? (known(spelt) ? spelt : undefined) : closest(opts.year, held);
    throw new UsageError(
      `no ${nationName(opts.nation)} pay table for ${opts.year ?? "any year"}${gap ? `: ${gap.why}` : ""}${guess ? ` (did you mean ${guess}?)` : ""}`,
      held.length ? `Years held for ${nationName(opts.nation)}: ${held.join(", ")}` : undefined,
    );
  }
  // "8A" and "Band 3" as an answers file takes them.
  const band = opts.band === undefined ? undefined : bandName(opts.band);
  if (band !== undefined && !table.bands.some((b) => b.band === band)) {
    throw new UsageError(`band "${opts.band}" is not in the ${nationName(table.nation)} ${table.payYear} table`, `Bands: ${table.bands.map((b) => b.band).join(", ")}`);
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
  const scale = payScale(table, { band, area, supplements });
  // The default is the newest year held: say so if that may be out of date.
  if (opts.year === undefined) warnIfStale(ctx, opts.nation);
  if (opts.json) {
    ctx.term.stdout.write(toJson(bandsJson(scale)));
    return;
  }
  const [{ renderBands }, { makeStyle }] = await Promise.all([import("../../render/bands.js"), import("../../render/style.js")]);
  ctx.term.stdout.write(renderBands(scale, makeStyle(ctx.term.color), { width: ctx.term.columns }));
}
