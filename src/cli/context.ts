// What every command's action is handed: the terminal, the data, the clock.

import type { Command } from "commander";
import { payYearOf, newestPayYear } from "../engine/pay.js";
import type { Dataset, PayData } from "../engine/types.js";
import { loadDataset } from "../data/shipped.js";
import { realTerminal, type Terminal } from "./io.js";

export interface Context {
  term: Terminal;
  dataset: Dataset;
  now: Date;
}

export interface GlobalOptions {
  data?: string;
  color?: boolean;
}

/** Pay years start on 1 April; data older than today's year may be out of date. */
export function staleWarning(pay: PayData, now: Date): string | undefined {
  const newest = newestPayYear(pay);
  const current = payYearOf(now);
  if (newest === undefined || newest >= current) return undefined;
  return `warning: the newest pay figures here are for ${newest}; pay for ${current} may differ. Update medsec-path, or pass --data with newer tables.`;
}

export async function contextFor(command: Command): Promise<Context> {
  const globals = command.optsWithGlobals<GlobalOptions>();
  const term = realTerminal(globals.color);
  const dataset = await loadDataset(globals.data);
  return { term, dataset, now: new Date() };
}

/** Warns on stderr when the pay figures a command is about to print may be old. */
export function warnIfStale(ctx: Context): void {
  const warning = staleWarning(ctx.dataset.pay, ctx.now);
  if (warning) ctx.term.stderr.write(`${warning}\n`);
}
