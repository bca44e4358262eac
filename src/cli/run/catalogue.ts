// The work of the reference commands: look up, then print a table or JSON.

import { findRole, rolePay, UnknownRoleError } from "../../engine/assess.js";
import { findTable } from "../../engine/pay.js";
import type { Dataset, Nation, Role } from "../../engine/types.js";
import { UsageError } from "../../errors.js";
import { toJson } from "../../render/json.js";
import type { Style } from "../../render/style.js";
import { warnIfStale, type Context } from "../context.js";

type Catalogue = typeof import("../../render/catalogue.js");

async function draw(ctx: Context, render: (m: Catalogue, style: Style) => string) {
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


export async function showRoles(ctx: Context, nation: Nation, json: boolean): Promise<void> {
  if (json) {
    const table = findTable(ctx.dataset.pay, nation);
    ctx.term.stdout.write(toJson({ nation, payYear: table?.payYear ?? null, roles: ctx.dataset.roles.map((r) => roleJson(r, ctx.dataset, nation)) }));
    return;
  }
  await draw(ctx, (c, style) => c.renderRoles(ctx.dataset, nation, style, { width: ctx.term.columns }));
}

export async function showRole(ctx: Context, id: string, nation: Nation, json: boolean): Promise<void> {
  let role: Role;
  try {
    role = findRole(ctx.dataset, id);
  } catch (e) {
    if (e instanceof UnknownRoleError) throw new UsageError(e.message);
    throw e;
  }
  warnIfStale(ctx);
  if (json) {
    ctx.term.stdout.write(toJson(roleJson(role, ctx.dataset, nation)));
    return;
  }
  await draw(ctx, (c, style) => c.renderRole(role, ctx.dataset, nation, style, { width: ctx.term.columns }));
}

export async function showRoutes(ctx: Context, json: boolean): Promise<void> {
  if (json) {
    ctx.term.stdout.write(toJson({ routes: ctx.dataset.routes }));
    return;
  }
  await draw(ctx, (c, style) => c.renderRoutes(ctx.dataset, style, { width: ctx.term.columns }));
}

export async function showQualifications(ctx: Context, json: boolean): Promise<void> {
  if (json) {
    ctx.term.stdout.write(toJson({ qualifications: ctx.dataset.qualifications }));
    return;
  }
  await draw(ctx, (c, style) => c.renderQualifications(ctx.dataset, style, { width: ctx.term.columns }));
}
