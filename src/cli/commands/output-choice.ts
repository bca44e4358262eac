// How a command is asked for its output, checked before it runs: a choice the
// command cannot make (bands --format json) or two that disagree
// (--format markdown --json) is a usage error that says what to write instead,
// never a silent pick.

import { Command, Option } from "commander";
import { UsageError } from "../../errors.js";

/**
 * For a command whose only choice is --json (and perhaps --plain): --format,
 * which assess and compare take, is answered with what to write instead.
 * Hidden from help, and its value optional, so that any use of it gets here.
 */
export function refuseFormat(command: Command, instead = "for JSON, add --json (a table is the default)"): Command {
  return command.addOption(new Option("--format [format]").hideHelp()).hook("preAction", (cmd) => {
    if (cmd.getOptionValue("format") !== undefined) {
      throw new UsageError(`${cmd.name()} has no --format option; ${instead}`, `Run medsec-path ${cmd.name()} --help for examples.`);
    }
  });
}

/** For a command with both --format and --json: --json with a --format other than json is two answers to one question. */
export function checkFormatAgainstJson(command: Command): Command {
  return command.hook("preAction", (cmd) => {
    const format = cmd.getOptionValue("format") as string | undefined;
    if (cmd.getOptionValue("json") === true && cmd.getOptionValueSource("format") === "cli" && format !== "json") {
      throw new UsageError(`--json and --format ${format} ask for different output; give one of them`, "--json is the same as --format json.");
    }
  });
}
