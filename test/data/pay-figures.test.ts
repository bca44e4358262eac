// The shipped pay figures against the published Agenda for Change tables. The
// expected figures are written out here by hand from the published tables (via
// ../shared/research/facts.md and the pay research notes), not read from data/,
// so a typo in bands.yaml cannot agree with itself.
//
// Sources for the figures below:
// - England 2025/26 and 2026/27: NHS Employers "Pay scales for 2025/26" and
//   "Pay scales for 2026/27" (annual column), as in facts.md.
// - Scotland: circular PCS(AFC)2026/01 Annex B, the REVISED 2025/26 rates (4.4%)
//   and the 2026/27 rates (3.75% on them). facts.md's Scotland figures are the
//   superseded 4.25% MSG table and must not appear.
// - Wales: pay letters AfC(W) 02/2025 and AfC(W) 02/2026 (Wales prints its own
//   scale); the 26,300 living-wage floor of AfC(W) 01/2026.
// - Northern Ireland 2025/26: circular HSC (AfC) 06/2025, the same figures as
//   England 2025/26. No 2026/27 circular exists.
import { describe, expect, it } from "vitest";
import type { Band, Nation, PayTable } from "../../src/engine/types.js";
import { runCli } from "../helpers/cli.js";
import { shippedDataset } from "../helpers/dataset.js";

type Point = [afterYears: number, salary: number];
/** Bands in table order. (Not a Record: "9" would sort before "8a" as an integer key.) */
type Scale = [band: string, points: Point[]][];

const dataset = shippedDataset();

function table(nation: Nation, payYear: string): PayTable {
  const found = dataset.pay.tables.filter((t) => t.nation === nation && t.payYear === payYear);
  expect(found, `one ${nation} ${payYear} table`).toHaveLength(1);
  return found[0]!;
}

function band(t: PayTable, id: string): Band {
  const found = t.bands.find((b) => b.band === id);
  expect(found, `band ${id} in ${t.nation} ${t.payYear}`).toBeDefined();
  return found!;
}

const pointsOf = (b: Band): Point[] => b.points.map((p) => [p.afterYears, p.salary]);

// ---------- England ----------

// Step years: band 3 top after 2; band 4 after 3; band 5 after 2 then 4;
// bands 6-9 after 2 then 5 (8a-9 gained the middle point in 2024).
const ENGLAND_2025_26: Scale = [
  ["2", [[0, 24465]]],
  ["3", [[0, 24937], [2, 26598]]],
  ["4", [[0, 27485], [3, 30162]]],
  ["5", [[0, 31049], [2, 33487], [4, 37796]]],
  ["6", [[0, 38682], [2, 40823], [5, 46580]]],
  ["7", [[0, 47810], [2, 50273], [5, 54710]]],
  ["8a", [[0, 55690], [2, 58487], [5, 62682]]],
  ["8b", [[0, 64455], [2, 68631], [5, 74896]]],
  ["8c", [[0, 76965], [2, 81652], [5, 88682]]],
  ["8d", [[0, 91342], [2, 96941], [5, 105337]]],
  ["9", [[0, 109179], [2, 115763], [5, 125637]]],
];

const ENGLAND_2026_27: Scale = [
  ["2", [[0, 25272]]],
  ["3", [[0, 25760], [2, 27476]]],
  ["4", [[0, 28392], [3, 31157]]],
  ["5", [[0, 32073], [2, 34592], [4, 39043]]],
  ["6", [[0, 39959], [2, 42170], [5, 48117]]],
  ["7", [[0, 49387], [2, 51932], [5, 56515]]],
  ["8a", [[0, 57528], [2, 60417], [5, 64750]]],
  ["8b", [[0, 66582], [2, 70896], [5, 77368]]],
  ["8c", [[0, 79504], [2, 84346], [5, 91609]]],
  ["8d", [[0, 94356], [2, 100140], [5, 108814]]],
  ["9", [[0, 112782], [2, 119583], [5, 129783]]],
];

const asBands = (scale: Scale) => scale.map(([b, points]) => ({ band: b, points }));

describe("England", () => {
  it("2025/26: every point of bands 2-9 is the published figure", async () => {
    const t = table("england", "2025/26");
    expect(t.bands.map((b) => ({ band: b.band, points: pointsOf(b) }))).toEqual(asBands(ENGLAND_2025_26));
  });

  it("2026/27: every point of bands 2-9 is the published figure (not a computed 3.3%)", async () => {
    const t = table("england", "2026/27");
    expect(t.bands.map((b) => ({ band: b.band, points: pointsOf(b) }))).toEqual(asBands(ENGLAND_2026_27));
    // The published band 5 entry is 32,073; 31,049 x 1.033 would round to 32,074.
    expect(band(t, "5").points[0]!.salary).toBe(32073);
  });

  it("`bands --json --nation england --year 2025/26` prints the published table at every point", async () => {
    const r = await runCli(["bands", "--json", "--nation", "england", "--year", "2025/26"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { nation: string; payYear: string; effectiveFrom: string; source: string; bands: unknown[] };
    expect(out.nation).toBe("england");
    expect(out.payYear).toBe("2025/26");
    expect(out.effectiveFrom).toBe("2025-04-01");
    expect(out.source).toMatch(/^https:\/\//);
    expect(out.bands).toEqual(
      ENGLAND_2025_26.map(([b, points]) => ({
        band: b,
        min: points[0]![1],
        max: points[points.length - 1]![1],
        points: points.map(([afterYears, salary]) => ({ afterYears, salary })),
      })),
    );
  });
});

// ---------- Scotland ----------

describe("Scotland (PCS(AFC)2026/01, revised rates)", () => {
  // Several points from Annex B; step years from its Annex C pay journey.
  const REVISED_2025_26: Scale = [
    ["1", [[0, 25597]]],
    ["2", [[0, 25731], [2, 27941]]],
    ["3", [[0, 28051], [2, 30274]]],
    ["4", [[0, 30397], [3, 33063]]],
    ["5", [[0, 33295], [2, 35576], [4, 41483]]],
    ["6", [[0, 41668], [2, 43503], [5, 50775]]],
    ["7", [[0, 50935], [2, 52880], [5, 59244]]],
    ["8a", [[0, 62772], [5, 67762]]],
    ["8d", [[0, 103913], [5, 108362]]],
    ["9", [[0, 122912], [5, 128236]]],
  ];
  const RATES_2026_27: Scale = [
    ["1", [[0, 26557]]],
    ["2", [[0, 26696], [2, 28988]]],
    ["3", [[0, 29103], [2, 31409]]],
    ["4", [[0, 31537], [3, 34303]]],
    ["5", [[0, 34544], [2, 36911], [4, 43039]]],
    ["7", [[0, 52845], [2, 54863], [5, 61466]]],
    ["8b", [[0, 76888], [5, 82251]]],
    ["9", [[0, 127521], [5, 133044]]],
  ];

  it.each(REVISED_2025_26)("2025/26 band %s", (b, points) => {
    expect(pointsOf(band(table("scotland", "2025/26"), b))).toEqual(points);
  });

  it.each(RATES_2026_27)("2026/27 band %s", (b, points) => {
    expect(pointsOf(band(table("scotland", "2026/27"), b))).toEqual(points);
  });

  it("holds none of the superseded 4.25% figures (MSG table, PCS(AFC)2025/8, calculator sites)", async () => {
    const salaries = (t: PayTable) => t.bands.flatMap((b) => b.points.map((p) => p.salary));
    const y1 = salaries(table("scotland", "2025/26"));
    for (const old of [25694, 27900, 28011, 30230, 30353, 33016, 33247, 35525, 41424, 41608, 43441, 50702, 50861, 52804, 59159]) {
      expect(y1).not.toContain(old);
    }
    const y2 = salaries(table("scotland", "2026/27"));
    for (const old of [26658, 28947, 29061, 31364, 31492, 34254, 34494, 36857, 42977, 26519]) expect(y2).not.toContain(old);
  });
});

// ---------- Wales ----------

describe("Wales (its own scale, not England's)", () => {
  const W_2025_26: Scale = [
    ["3", [[0, 25313], [2, 26999]]],
    ["4", [[0, 27898], [3, 30615]]],
    ["5", [[0, 31516], [2, 33992], [4, 38364]]],
    ["6", [[0, 39263], [2, 41437], [5, 47280]]],
    ["8a", [[0, 56514], [2, 59358], [5, 63623]]],
    ["9", [[0, 110818], [2, 117499], [5, 127523]]],
  ];
  const W_2026_27: Scale = [
    ["3", [[0, 26300], [2, 27890]]],
    ["4", [[0, 28819], [3, 31626]]],
    ["5", [[0, 32557], [2, 35114], [4, 39631]]],
    ["7", [[0, 50129], [2, 52712], [5, 57365]]],
    ["8c", [[0, 80698], [2, 85611], [5, 92984]]],
    ["9", [[0, 114475], [2, 121377], [5, 131732]]],
  ];

  it.each(W_2025_26)("2025/26 band %s", (b, points) => {
    expect(pointsOf(band(table("wales", "2025/26"), b))).toEqual(points);
  });

  it.each(W_2026_27)("2026/27 band %s", (b, points) => {
    expect(pointsOf(band(table("wales", "2026/27"), b))).toEqual(points);
  });

  it("band 2 is one flat rate each year: 24,833, then the 26,300 living-wage floor", async () => {
    // The letters print band 2 with a step to the same figure; every point pays it.
    const b2025 = band(table("wales", "2025/26"), "2");
    expect(b2025.points[0]).toEqual({ afterYears: 0, salary: 24833 });
    expect(new Set(b2025.points.map((p) => p.salary))).toEqual(new Set([24833]));
    const b2026 = band(table("wales", "2026/27"), "2");
    expect(b2026.points[0]).toEqual({ afterYears: 0, salary: 26300 });
    expect(new Set(b2026.points.map((p) => p.salary))).toEqual(new Set([26300]));
  });

  it("2026/27: the floor lifts band 3 entry to 26,300 too, and nothing pays less", async () => {
    const t = table("wales", "2026/27");
    expect(band(t, "3").points[0]!.salary).toBe(26300);
    for (const b of t.bands) for (const p of b.points) expect(p.salary).toBeGreaterThanOrEqual(26300);
  });
});

// ---------- Northern Ireland ----------

describe("Northern Ireland", () => {
  it("2025/26 is England's 2025/26 table at every point", async () => {
    const t = table("northern-ireland", "2025/26");
    expect(t.bands.map((b) => ({ band: b.band, points: pointsOf(b) }))).toEqual(asBands(ENGLAND_2025_26));
  });

  it("2026/27 has no table, and is listed as unconfirmed with a reason", async () => {
    expect(dataset.pay.tables.filter((t) => t.nation === "northern-ireland" && t.payYear === "2026/27")).toEqual([]);
    const gap = dataset.pay.unconfirmed.filter((u) => u.nation === "northern-ireland" && u.payYear === "2026/27");
    expect(gap).toHaveLength(1);
    expect(gap[0]!.what).toBe("pay-table");
    expect(gap[0]!.why.length).toBeGreaterThan(20);
  });

  it("`bands --nation northern-ireland --year 2026/27` is a usage error that says why", async () => {
    const r = await runCli(["bands", "--json", "--nation", "northern-ireland", "--year", "2026/27"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/circular/);
    expect(r.stderr).toContain("2025/26");
  });
});

// ---------- every table, every figure ----------

describe("every pay table", () => {
  it("covers the nations and years above", async () => {
    const held = dataset.pay.tables.map((t) => `${t.nation} ${t.payYear}`).sort();
    expect(held).toEqual(
      [
        "england 2025/26",
        "england 2026/27",
        "northern-ireland 2025/26",
        "scotland 2025/26",
        "scotland 2026/27",
        "wales 2025/26",
        "wales 2026/27",
      ].sort(),
    );
  });

  it.each(dataset.pay.tables.map((t) => [`${t.nation} ${t.payYear}`, t] as const))(
    "%s: has an https source and applies from 1 April of its first year",
    (_, t) => {
      expect(t.source).toMatch(/^https:\/\/[^\s]+$/);
      for (const url of t.checkedWith ?? []) expect(url).toMatch(/^https:\/\/[^\s]+$/);
      const m = /^(\d{4})\/(\d{2})$/.exec(t.payYear);
      expect(m).not.toBeNull();
      const first = Number(m![1]);
      expect(Number(m![2])).toBe((first + 1) % 100);
      expect(t.effectiveFrom).toBe(`${first}-04-01`);
    },
  );

  it.each(dataset.pay.tables.map((t) => [`${t.nation} ${t.payYear}`, t] as const))(
    "%s: entry point at 0 years, then rising in years and pay, whole pounds",
    (_, t) => {
      for (const b of t.bands) {
        expect(b.points[0]!.afterYears).toBe(0);
        b.points.forEach((p, i) => {
          expect(Number.isInteger(p.salary)).toBe(true);
          expect(p.salary).toBeGreaterThan(20000);
          const prev = b.points[i - 1];
          if (prev) {
            expect(p.afterYears).toBeGreaterThan(prev.afterYears);
            expect(p.salary).toBeGreaterThan(prev.salary);
          }
        });
      }
    },
  );
});

describe("every figure in data/ has a source", () => {
  const httpsOrHttp = /^https?:\/\/[^\s]+$/;
  const isoDate = /^\d{4}-\d{2}-\d{2}$/;

  it("pay supplements and the minimum wage", async () => {
    expect(dataset.pay.supplements.length).toBeGreaterThan(0);
    for (const s of dataset.pay.supplements) {
      expect(s.source).toMatch(/^https:\/\//);
      expect(s.effectiveFrom).toMatch(isoDate);
    }
    expect(dataset.pay.minimumWage?.length).toBeGreaterThan(0);
    for (const r of dataset.pay.minimumWage ?? []) {
      expect(r.source).toMatch(/^https:\/\//);
      expect(r.effectiveFrom).toMatch(isoDate);
    }
  });

  // GOV.UK, "National Minimum Wage and National Living Wage rates".
  it("the minimum wage is GOV.UK's, band by band, for April 2025 and April 2026", async () => {
    const byDate = Object.fromEntries((dataset.pay.minimumWage ?? []).map((w) => [w.effectiveFrom, w.rates]));
    expect(byDate["2025-04-01"]).toEqual({ "21-and-over": 12.21, "18-to-20": 10.0, "under-18": 7.55, apprentice: 7.55 });
    expect(byDate["2026-04-01"]).toEqual({ "21-and-over": 12.71, "18-to-20": 10.85, "under-18": 8.0, apprentice: 8.0 });
  });

  it("every unconfirmed entry says why", async () => {
    for (const u of dataset.pay.unconfirmed) expect(u.why.trim().length).toBeGreaterThan(20);
  });

  it("qualifications (levels, hours, costs, lengths)", async () => {
    for (const q of dataset.qualifications) {
      expect(q.source.url, q.id).toMatch(httpsOrHttp);
      expect(q.source.asOf, q.id).toMatch(isoDate);
    }
  });

  it("roles, and each numeric threshold in a requirement has a source or a note saying what it rests on", async () => {
    for (const role of dataset.roles) {
      expect(role.source.url, role.id).toMatch(httpsOrHttp);
      expect(role.source.asOf, role.id).toMatch(isoDate);
      for (const req of role.requirements) {
        if (req.kind === "typing" || req.kind === "experience") {
          const backed = req.source !== undefined || (req.note !== undefined && req.note.trim() !== "");
          expect(backed, `${role.id} ${req.id}`).toBe(true);
        }
        if (req.source) expect(req.source.url, `${role.id} ${req.id}`).toMatch(httpsOrHttp);
      }
    }
  });

  it("route steps: each length has a basis or a source, each non-zero cost a note or a source", async () => {
    for (const route of dataset.routes) {
      if (route.source) expect(route.source.url, route.id).toMatch(httpsOrHttp);
      for (const step of route.steps) {
        const where = `${route.id} ${step.id}`;
        expect(step.monthsBasis !== undefined || route.source !== undefined, where).toBe(true);
        if (step.cost && step.cost.max > 0) expect(step.cost.note !== undefined || route.source !== undefined, where).toBe(true);
      }
    }
  });
});
