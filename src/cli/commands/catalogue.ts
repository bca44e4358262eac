// The reference commands: `roles`, `role <id>`, `routes`, `qualifications`.
// Each prints a table, or the data as JSON with --json.

import { Command, Option } from "commander";
import { findRole, rolePay, UnknownRoleError } from "../../engine/assess.js";
import { findTable } from "../../engine/pay.js";
import { NATIONS, type Dataset, type Nation, type Role } from "../../engine/types.js";
import { UsageError } from "../../errors.js";
import { toJson } from "../../render/json.js";
import { contextFor, warnIfStale, type Context } from "../context.js";

interface ListOptions {
  nation: Nation;
  json?: boolean;
}

const nationOption = () => new Option("--nation <nation>", "whose pay to show").choices(NATIONS).default("england");

async function draw(ctx: Context, render: (m: typeof import("../../render/catalogue.js"), style: import("../../render/style.js").Style) => string) {
  const [catalogue, { makeStyle }] = await Promise.all([import("../../render/catalogue.js"), import("../../render/style.js")]);
  ctx.term.stdout.write(render(catalogue, makeStyle(ctx.term.color)));
}

function roleJson(role: Role, dataset: Dataset, nation: Nation) {
  const table = findTable(dataset.pay, nation);
  return {
    id: role.id,
    title: role.title,
    bands: role.bands,
    settings: role.settings,
    summary: role.summary,
    ...(role.payNote ? { payNote: role.payNote } : {}),
    pay: rolePay(role, table),
    payYear: table?.payYear ?? null,
    requirements: role.requirements,
    leadsTo: role.leadsTo,
    source: role.source,
  };
}

export function registerCatalogue(program: Command): void {
  program
    .command("roles")
    .description("the roles on the way to and beyond medical secretary, with their bands and pay")
    .addOption(nationOption())
    .option("--json", "print JSON for scripts")
    .addHelpText("after", "\nExamples:\n  $ medsec-path roles\n  $ medsec-path roles --nation wales\n  $ medsec-path roles --json | jq '.roles[].id'")
    .action(async (opts: ListOptions, command: Command) => {
      const ctx = await contextFor(command);
      warnIfStale(ctx);
      if (opts.json) {
        const table = findTable(ctx.dataset.pay, opts.nation);
        ctx.term.stdout.write(toJson({ nation: opts.nation, payYear: table?.payYear ?? null, roles: ctx.dataset.roles.map((r) => roleJson(r, ctx.dataset, opts.nation)) }));
        return;
      }
      await draw(ctx, (c, style) => c.renderRoles(ctx.dataset, opts.nation, style, { width: ctx.term.columns }));
    });

  program
    .command("role")
    .description("one role in full: what it involves, its pay, what employers ask for and where it leads")
    .argument("<id>", "a role id, as listed by `medsec-path roles`")
    .addOption(nationOption())
    .option("--json", "print JSON for scripts")
    .addHelpText("after", "\nExamples:\n  $ medsec-path role medical-secretary\n  $ medsec-path role clinical-coder --nation scotland\n  $ medsec-path role medical-pa --json")
    .action(async (id: string, opts: ListOptions, command: Command) => {
      const ctx = await contextFor(command);
      let role: Role;
      try {
        role = findRole(ctx.dataset, id);
      } catch (e) {
        if (e instanceof UnknownRoleError) throw new UsageError(e.message);
        throw e;
      }
      warnIfStale(ctx);
      if (opts.json) {
        ctx.term.stdout.write(toJson(roleJson(role, ctx.dataset, opts.nation)));
        return;
      }
      await draw(ctx, (c, style) => c.renderRole(role, ctx.dataset, opts.nation, style, { width: ctx.term.columns }));
    });

  program
    .command("routes")
    .description("the routes into a medical secretary post, with time, cost and pay")
    .option("--json", "print JSON for scripts")
    .addHelpText("after", "\nExamples:\n  $ medsec-path routes\n  $ medsec-path routes --json | jq '.routes[] | {id, title}'")
    .action(async (opts: { json?: boolean }, command: Command) => {
      const ctx = await contextFor(command);
      if (opts.json) {
        ctx.term.stdout.write(toJson({ routes: ctx.dataset.routes }));
        return;
      }
      await draw(ctx, (c, style) => c.renderRoutes(ctx.dataset, style, { width: ctx.term.columns }));
    });

  program
    .command("qualifications")
    .description("qualifications that help, with level, time, cost and source")
    .option("--json", "print JSON for scripts")
    .addHelpText("after", "\nExamples:\n  $ medsec-path qualifications\n  $ medsec-path qualifications --json | jq '.qualifications[].id'")
    .action(async (opts: { json?: boolean }, command: Command) => {
      const ctx = await contextFor(command);
      if (opts.json) {
        ctx.term.stdout.write(toJson({ qualifications: ctx.dataset.qualifications }));
        return;
      }
      await draw(ctx, (c, style) => c.renderQualifications(ctx.dataset, style, { width: ctx.term.columns }));
    });
}
