// The work of `data --check`: list stale sources and unconfirmed items.

import { checkFreshness } from "../../engine/freshness.js";
import { toJson } from "../../render/json.js";
import type { Context } from "../context.js";

export async function runDataCheck(ctx: Context, today: string | undefined, json: boolean): Promise<void> {
  const day = today ?? ctx.now.toISOString().slice(0, 10);
  const report = checkFreshness(ctx.dataset, day);
  if (json) {
    ctx.term.stdout.write(toJson(report));
    return;
  }
  const [{ renderFreshness }, { makeStyle }] = await Promise.all([import("../../render/freshness.js"), import("../../render/style.js")]);
  ctx.term.stdout.write(renderFreshness(report, makeStyle(ctx.term.color), ctx.term.columns ?? 80));
}
