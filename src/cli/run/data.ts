// The work of `data --check`: list stale sources and unconfirmed items.

import { checkFreshness } from "../../engine/freshness.js";
import { toJson } from "../../render/bands-json.js";
import type { Context } from "../context.js";

export async function runDataCheck(ctx: Context, today: string | undefined, json: boolean): Promise<void> {
  const day = today ?? ctx.now.toISOString().slice(0, 10);
  const report = checkFreshness(ctx.dataset, day);
  const [{ freshnessJson, renderFreshness }, { makeStyle }] = await Promise.all([import("../../render/freshness.js"), import("../../render/style.js")]);
  if (json) {
    ctx.term.stdout.write(toJson(freshnessJson(report, ctx.dataset)));
    return;
  }
  ctx.term.stdout.write(renderFreshness(report, ctx.dataset, makeStyle(ctx.term.color), ctx.term.columns ?? 80));
}
