// The reference commands: `roles`, `role <id>`, `routes`, `qualifications`.
// Each prints a table, or the data as JSON with --json; ../run/catalogue.ts
// does the work, loaded only when one of them runs.

import { Command } from "commander";
import { NATIONS, type Nation } from "../../engine/types.js";
import { nationOption, parseNation } from "./nation-option.js";
import { refuseFormat } from "./output-choice.js";
import { contextFor, warnIfStale } from "../context.js";

interface ListOptions {
  nation: Nation;
  json?: boolean;
}

export function registerCatalogue(program: Command): void {
  refuseFormat(program.command("roles"))
    .description("the roles on the way to and beyond medical secretary, with their bands and pay")
    .addOption(nationOption("whose pay to show"))
    .option("--json", "print JSON for scripts")
    .addHelpText("after", "\nExamples:\n  $ medsec-path roles\n  $ medsec-path roles --nation wales\n  $ medsec-path roles --json | jq '.roles[].id'")
    .action(async (opts: ListOptions, command: Command) => {
      const [ctx, run] = await Promise.all([contextFor(command), import("../run/catalogue.js")]);
      warnIfStale(ctx, opts.nation);
      await run.showRoles(ctx, opts.nation, opts.json === true);
    });

  refuseFormat(program.command("role"))
    .description("one role in full: what it involves, its pay, what employers ask for and where it leads")
    .argument("[id]", "a role id, as listed by `medsec-path roles`")
    .addOption(nationOption("whose pay to show"))
    .option("--json", "print JSON for scripts")
    .addHelpText("after", "\nExamples:\n  $ medsec-path role medical-secretary\n  $ medsec-path role clinical-coder --nation scotland\n  $ medsec-path role medical-pa --json")
    .action(async (id: string | undefined, opts: ListOptions, command: Command) => {
      const [ctx, run] = await Promise.all([contextFor(command), import("../run/catalogue.js")]);
      await run.showRole(ctx, id, opts.nation, opts.json === true);
    });

  refuseFormat(program.command("routes"))
    .description("the routes into a medical secretary post and the roles around it, with time, cost and whether they pay")
    .addOption(nationOption("whose apprenticeships and wording"))
    .option("--json", "print JSON for scripts")
    .addHelpText("after", "\nExamples:\n  $ medsec-path routes\n  $ medsec-path routes --nation wales\n  $ medsec-path routes --json | jq '.routes[] | {id, title}'")
    .action(async (opts: ListOptions, command: Command) => {
      const [ctx, run] = await Promise.all([contextFor(command), import("../run/catalogue.js")]);
      await run.showRoutes(ctx, opts.nation, opts.json === true);
    });

  refuseFormat(program.command("qualifications"))
    .description("qualifications that help, with level, time, cost, whether they are still open, and each source")
    .option("--nation <nation>", `only those taken in one nation (${NATIONS.join(", ")})`, parseNation)
    .option("--json", "print JSON for scripts")
    .addHelpText("after", "\nExamples:\n  $ medsec-path qualifications\n  $ medsec-path qualifications --nation scotland\n  $ medsec-path qualifications --json | jq '.qualifications[] | {id, status}'")
    .action(async (opts: { nation?: Nation; json?: boolean }, command: Command) => {
      const [ctx, run] = await Promise.all([contextFor(command), import("../run/catalogue.js")]);
      await run.showQualifications(ctx, opts.nation, opts.json === true);
    });
}
