// The roles form a ladder a person can follow upwards (issue 16): `roles --json`
// shows where each leads, every rung it names is a role, no rung leads back
// down to itself, and every role can be aimed at with `assess --set target=`.
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const EXAMPLE = "examples/career-changer.yaml";

interface RoleJson {
  id: string;
  leadsTo: string[];
}

async function roles(): Promise<RoleJson[]> {
  const r = await runCli(["roles", "--json"]);
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { roles: RoleJson[] }).roles;
}

describe("the ladder of roles", () => {
  it("roles --json names, for each role, the rungs above it, and each is a role", async () => {
    const all = await roles();
    const ids = new Set(all.map((r) => r.id));
    for (const role of all) for (const next of role.leadsTo) expect(ids, `${role.id} leads to ${next}`).toContain(next);
    // The rungs issue 16 added are on it, each reached from below and leading up.
    const by = new Map(all.map((r) => [r.id, r]));
    expect(by.get("secretarial-team-leader")!.leadsTo).toContain("assistant-practice-manager");
    expect(by.get("assistant-practice-manager")!.leadsTo).toEqual(["practice-manager"]);
    expect(by.get("ward-clerk")!.leadsTo).toContain("trainee-clinical-coder");
    expect(by.get("trainee-clinical-coder")!.leadsTo).toEqual(["clinical-coder"]);
  });

  it("only ever goes up: no role can be reached again by following where it leads", async () => {
    const by = new Map((await roles()).map((r) => [r.id, r.leadsTo]));
    for (const start of by.keys()) {
      const seen = new Set<string>();
      const walk = (id: string): void => {
        for (const next of by.get(id) ?? []) {
          expect(next, `${start} comes back to itself through ${id}`).not.toBe(start);
          if (!seen.has(next)) {
            seen.add(next);
            walk(next);
          }
        }
      };
      walk(start);
    }
  });

  it("every rung can be a target: assess --set target=ROLE works for each, with at least one route", async () => {
    for (const role of await roles()) {
      const r = await runCli(["assess", "--answers", EXAMPLE, "--set", `target=${role.id}`, "--json"]);
      expect(r.code, `${role.id}: ${r.stderr}`).toBe(0);
      const report = JSON.parse(r.stdout) as { target: { id: string }; routes: unknown[] };
      expect(report.target.id).toBe(role.id);
      expect(report.routes.length, role.id).toBeGreaterThan(0);
    }
  });
});
