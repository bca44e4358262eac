// `medsec-path data --check`: which sources in the data are due for a fresh
// look (older than 18 months) and which items no source confirms. This file
// declares the command; ../run/data.ts does the work.

import { Command, InvalidArgumentError } from "commander";
import { UsageError } from "../../errors.js";
import { contextFor } from "../context.js";
import { refuseFormat } from "./output-choice.js";

/** A day written YYYY-MM-DD that exists. */
export function parseDay(value: string): string {
  const v = value.trim();
  const d = new Date(`${v}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) {
    throw new InvalidArgumentError(`"${value}" is not a date; write it YYYY-MM-DD, like 2026-12-03.`);
  }
  return v;
}

export function registerData(program: Command): void {
  refuseFormat(program.command("data"))
    .description("check the data: sources older than 18 months, and items no source confirms")
    .option("--check", "list what the next review should look at")
    .option("--today <date>", "count ages from this day, YYYY-MM-DD (default: today)", parseDay)
    .option("--json", "print JSON for scripts")
    .addHelpText(
      "after",
      `
Examples:
  $ medsec-path data --check
  $ medsec-path data --check --data ./my-data     your own files over the shipped ones
  $ medsec-path data --check --json | jq '.stale[] | {item, url, date}'

Exit codes: 0 the check ran (whatever it lists), 2 usage error, 65 a data file is not valid.`,
    )
    .action(async (opts: { check?: boolean; today?: string; json?: boolean }, command: Command) => {
      if (!opts.check) throw new UsageError("say what to do with the data: data --check", "Run medsec-path data --check to list stale sources and unconfirmed items.");
      const [ctx, run] = await Promise.all([contextFor(command), import("../run/data.js")]);
      await run.runDataCheck(ctx, opts.today, opts.json === true);
    });
}
