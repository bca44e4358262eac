// The work of `medsec-path typing-test`: pick the passage, check there is a
// terminal to type in, run the test, print the result.

import type { Command } from "commander";
import { loadPassages } from "../../data/shipped.js";
import { UsageError } from "../../errors.js";
import { toJson } from "../../render/bands-json.js";
import { contextFor, type GlobalOptions } from "../context.js";
import { decideColor, tableWidth } from "../io.js";

export interface TypingTestOptions {
  seconds: number;
  passage?: string;
  json?: boolean;
}

export async function runTypingTestCommand(opts: TypingTestOptions, command: Command): Promise<void> {
  const globals = command.optsWithGlobals<GlobalOptions>();
  const ctx = await contextFor(command);
  const passages = await loadPassages(ctx.host.shipped, globals.data);
  const { choosePassage, takeTypingTest } = await import("../../typing/take.js");
  const passage = choosePassage(passages, opts.passage);
  if (!ctx.term.stdinIsTTY || !ctx.term.stderrIsTTY) {
    throw new UsageError(
      "the typing test needs a terminal to type in",
      "Run medsec-path typing-test in a terminal window, not through a pipe or a script. If you know your speed, give it as typingWpm in an answers file instead.",
    );
  }
  // The test is drawn on stderr: its colour follows stderr, the result's stdout.
  const outcome = await takeTypingTest(passage, opts.seconds, ctx.dataset, decideColor(globals.color, ctx.host.env, true));
  if (opts.json) {
    const { typingJson } = await import("../../render/typing.js");
    ctx.term.stdout.write(toJson(typingJson(outcome)));
    return;
  }
  const [{ typingModel }, { renderReport }, { makeStyle }] = await Promise.all([import("../../render/typing.js"), import("../../render/report.js"), import("../../render/style.js")]);
  // The terminal may have been resized during the test: fit the result to its width now.
  const width = tableWidth(ctx.term.stdoutIsTTY ? ctx.host.stdoutColumns() : undefined, ctx.host.env.COLUMNS);
  ctx.term.stdout.write(renderReport(typingModel(outcome), makeStyle(ctx.term.color), { width }));
}
