// The work of the reference commands: look up, then print a table or JSON.

import { findRole, UnknownRoleError } from "../../engine/assess.js";
import { inNation } from "../../engine/gaps.js";
import type { Nation, Role } from "../../engine/types.js";
import { UsageError } from "../../errors.js";
import { qualificationsJson, roleJson, rolesJson, routesJson } from "../../render/catalogue-json.js";
import { toJson } from "../../render/bands-json.js";
import type { Style } from "../../render/style.js";
import { warnIfStale, type Context } from "../context.js";
import { unknownRole } from "../unknown-role.js";

type Catalogue = typeof import("../../render/catalogue.js");

async function draw(ctx: Context, render: (m: Catalogue, style: Style) => string) {
  const [catalogue, { makeStyle }] = await Promise.all([import("../../render/catalogue.js"), import("../../render/style.js")]);
  ctx.term.stdout.write(render(catalogue, makeStyle(ctx.term.color)));
}

export async function showRoles(ctx: Context, nation: Nation, json: boolean): Promise<void> {
  if (json) {
    ctx.term.stdout.write(toJson(rolesJson(ctx.dataset, nation)));
    return;
  }
  await draw(ctx, (c, style) => c.renderRoles(ctx.dataset, nation, style, { width: ctx.term.columns }));
}

export async function showRole(ctx: Context, id: string | undefined, nation: Nation, json: boolean): Promise<void> {
  if (id === undefined) {
    const ids = ctx.dataset.roles.map((r) => r.id);
    const example = ids.includes("medical-secretary") ? "medical-secretary" : ids[0];
    throw new UsageError(
      `which role? Give its id${example ? `, like: medsec-path role ${example}` : ""}`,
      `Ids: ${ids.join(", ")}. Run medsec-path roles to see them with their bands and pay.`,
    );
  }
  let role: Role;
  try {
    role = findRole(ctx.dataset, id);
  } catch (e) {
    if (e instanceof UnknownRoleError) throw unknownRole(e, ctx.dataset);
    throw e;
  }
  warnIfStale(ctx, nation);
  if (json) {
    ctx.term.stdout.write(toJson(roleJson(role, ctx.dataset, nation)));
    return;
  }
  await draw(ctx, (c, style) => c.renderRole(role, ctx.dataset, nation, style, { width: ctx.term.columns }));
}

export async function showRoutes(ctx: Context, nation: Nation, json: boolean): Promise<void> {
  if (json) {
    ctx.term.stdout.write(toJson(routesJson(ctx.dataset, nation)));
    return;
  }
  await draw(ctx, (c, style) => c.renderRoutes(ctx.dataset, nation, style, { width: ctx.term.columns }));
}

export async function showQualifications(ctx: Context, nation: Nation | undefined, json: boolean): Promise<void> {
  const quals = ctx.dataset.qualifications.filter((q) => inNation(q, nation));
  if (json) {
    ctx.term.stdout.write(toJson(qualificationsJson(quals, nation)));
    return;
  }
  await draw(ctx, (c, style) => c.renderQualifications(quals, nation, style, { width: ctx.term.columns }));
}
