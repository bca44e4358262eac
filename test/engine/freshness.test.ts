// `data --check` counts a source's age from the day it was last read where
// the data records one (`seen`), so that an old law or an old document still
// in force is listed again only when that reading is itself old.
import { describe, expect, it } from "vitest";
import { checkFreshness, lastRead } from "../../src/engine/freshness.js";
import type { Dataset, Role } from "../../src/engine/types.js";
import { qualificationJson, roleJson } from "../../src/render/catalogue-json.js";
import { shippedDataset } from "../helpers/dataset.js";

const TODAY = "2026-12-03";
const OLD_LAW = "https://www.legislation.gov.uk/ukpga/2010/15/section/20";

/** The shipped data with one role whose source is given here, to look for in the report. */
function withRole(source: Role["source"]): Dataset {
  const data = shippedDataset();
  const role: Role = { ...data.roles[0]!, id: "role-for-this-test", source };
  return { ...data, roles: [...data.roles, role] };
}
const listed = (data: Dataset) => checkFreshness(data, TODAY).stale.filter((s) => s.item === "role-for-this-test");

describe("data --check and the day a source was last read", () => {
  it("lists a source with an old asOf and nothing more", () => {
    expect(listed(withRole({ url: OLD_LAW, asOf: "2010-10-01" }))).toEqual([
      { file: "roles.yaml", item: "role-for-this-test", field: "source", url: OLD_LAW, date: "2010-10-01", dateKind: "asOf" },
    ]);
  });

  it("does not list one with an old asOf that was read again recently", () => {
    expect(listed(withRole({ url: OLD_LAW, asOf: "2010-10-01", seen: "2026-11-30" }))).toEqual([]);
  });

  it("lists one whose last reading is itself old, counted from that reading", () => {
    expect(listed(withRole({ url: OLD_LAW, asOf: "2010-10-01", seen: "2024-01-15" }))).toEqual([
      { file: "roles.yaml", item: "role-for-this-test", field: "source", url: OLD_LAW, date: "2024-01-15", dateKind: "seen" },
    ]);
  });

  it("counts a source's own seen inside an item too, not only an item's own source", () => {
    const data = shippedDataset();
    /** England's notes citing the old law, each read on `seen` (or with no reading recorded). */
    const readOn = (seen: string | undefined): Dataset => ({
      ...data,
      nations: data.nations.map((n) => {
        if (n.id !== "england") return n;
        const notes = (n.notes ?? []).map((note) => {
          if (note.source.url !== OLD_LAW) return note;
          const { seen: _shipped, ...source } = note.source;
          return { ...note, source: seen === undefined ? source : { ...source, seen } };
        });
        return { ...n, notes };
      }),
    });
    const olds = (d: Dataset) => checkFreshness(d, TODAY).stale.filter((s) => s.item === "england" && s.url === OLD_LAW);
    expect(olds(readOn(undefined)).length).toBeGreaterThan(0);
    expect(olds(readOn("2026-11-30"))).toEqual([]);
  });

  it("takes the later reading where a qualification and its source both record one", () => {
    expect(lastRead({ seen: "2025-01-01" }, "2026-06-01")).toBe("2026-06-01");
    expect(lastRead({ seen: "2026-06-01" }, "2025-01-01")).toBe("2026-06-01");
    expect(lastRead({}, "2025-01-01")).toBe("2025-01-01");
    expect(lastRead({ seen: "2025-01-01" })).toBe("2025-01-01");
    expect(lastRead({})).toBeUndefined();
  });

  it("keeps the JSON outputs' sources to url and asOf, and gives a qualification's last reading as its seen", () => {
    const data = shippedDataset();
    const q = data.qualifications.find((x) => x.seen === undefined)!;
    const read = { ...q, seen: "2025-01-01", source: { ...q.source, seen: "2026-11-30" } };
    expect(qualificationJson(read)).toMatchObject({ source: { url: q.source.url, asOf: q.source.asOf }, seen: "2026-11-30" });
    expect(Object.keys(qualificationJson(read).source)).toEqual(["url", "asOf"]);
    const role = { ...data.roles[0]!, source: { ...data.roles[0]!.source, seen: "2026-11-30" } };
    expect(Object.keys(roleJson(role, data, "england").source)).toEqual(["url", "asOf"]);
  });
});
