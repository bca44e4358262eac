// What every command's action is handed: the terminal, the data, the clock.

import type { Command } from "commander";
import { payYearOf, payYears } from "../engine/pay.js";
import { nationName, type Dataset, type Nation, type PayData } from "../engine/types.js";
import { loadDataset } from "../data/shipped.js";
import type { DataFileName } from "../data/schema.js";
import { formatIssue, type Issue } from "../errors.js";
import { safeText } from "../render/safe-text.js";
import { hostOf, type Host } from "./host.js";
import { terminalFor, type Terminal } from "./io.js";

export interface Context {
  term: Terminal;
  dataset: Dataset;
  now: Date;
  host: Host;
}

export interface GlobalOptions {
  data?: string;
  color?: boolean;
}

/**
 * Pay years start on 1 April: when a nation's newest table is older than
 * today's pay year, its figures may be out of date, and where the data says
 * why (a pay award not yet published), the warning says so too.
 */
export function staleWarning(pay: PayData, now: Date, nation: Nation = "england"): string | undefined {
  const newest = payYears(pay, nation).at(-1);
  const current = payYearOf(now);
  if (newest === undefined || newest >= current) return undefined;
  const why = pay.unconfirmed.find((u) => u.nation === nation && u.payYear === current && u.what === "pay-table")?.why;
  return `The newest ${nationName(nation)} pay figures here are for ${newest}; pay for ${current} may differ.${why ? ` ${why}` : " Update medsec-path, or pass --data with newer tables."}`;
}

/** `only`: the --data files the command uses; the folder's others are not read. */
export async function contextFor(command: Command, only?: readonly DataFileName[]): Promise<Context> {
  const globals = command.optsWithGlobals<GlobalOptions>();
  const host = hostOf(command);
  const term = terminalFor(host, globals.color);
  const dataset = await loadDataset(host.shipped, globals.data, only);
  return { term, dataset, now: new Date(), host };
}

/** Warns on stderr when the pay figures a command is about to print may be old. */
export function warnIfStale(ctx: Context, nation: Nation = "england"): void {
  const warning = staleWarning(ctx.dataset.pay, ctx.now, nation);
  // The reason may come from a --data file: shown, never obeyed.
  if (warning) ctx.term.stderr.write(`warning: ${safeText(warning)}\n`);
}

/**
 * Warns on stderr of an answer the rules ignore for the person who gave it
 * (Welsh outside Wales), pinned to its file, line and key as an error is; the
 * answers are still read, and the exit code is the same.
 */
export function warnIgnored(ctx: Context): (issue: Issue) => void {
  return (issue) => ctx.term.stderr.write(`warning: ${safeText(formatIssue(issue))}\n`);
}
