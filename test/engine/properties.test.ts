// Properties that must hold for anyone: checked over generated profiles.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assess } from "../../src/engine/assess.js";
import { compareBands } from "../../src/engine/routes.js";
import { isNhsStaff, knownYoungerThan, personOf } from "../../src/engine/person.js";
import type { GapStatus, Nation, Profile } from "../../src/engine/types.js";
import { answerKeys } from "../../src/answers/schema.js";
import { arbProfile as arbProfileOf, generatedKeys } from "../helpers/arbitrary.js";
import { shippedDataset } from "../helpers/dataset.js";

const dataset = shippedDataset();
const qualIds = dataset.qualifications.map((q) => q.id);
const arbProfile = arbProfileOf(dataset);

/**
 * Under 18 in England (and under each nation's own age where it has one), a
 * young person must stay in education or training: an apprenticeship counts
 * and a job alone does not, so for them it can come before applying.
 */
function mustStayInLearning(p: Profile, nation: Nation): boolean {
  const until = dataset.nations.find((n) => n.id === nation)?.learningUntil?.age;
  return until !== undefined && knownYoungerThan(personOf(p), until);
}

const RANK: Record<Exclude<GapStatus, "unknown">, number> = { missing: 0, partial: 1, met: 2 };

/**
 * b is no worse than a: no known gap's status drops, nothing met becomes
 * unknown, and readiness is not lost. A gap that was unknown may become
 * anything: learning a fact is not getting worse. A known shortfall may
 * become unknown: enough years for a post that asks for senior work are
 * "check it", which is nearer met than short.
 */
function noWorse(a: Profile, b: Profile) {
  const ra = assess(a, dataset);
  const rb = assess(b, dataset);
  for (const gap of ra.gaps) {
    const after = rb.gaps.find((g) => g.id === gap.id)!;
    if (gap.status === "unknown") continue;
    if (after.status === "unknown") {
      expect(gap.status).not.toBe("met");
      continue;
    }
    expect(RANK[after.status as keyof typeof RANK]).toBeGreaterThanOrEqual(RANK[gap.status]);
  }
  if (ra.ready) expect(rb.ready).toBe(true);
}

const started = (r: { steps: readonly { underway?: boolean }[] }) => r.steps.some((s) => s.underway);

/** Routes that send a person to apply for posts now, and those that start them lower down (issue 16). */
const APPLY = ["direct-application", "apply-and-learn-in-post"];
const LOWER = ["receptionist-stepping-stone", "apprenticeship"];

describe("the engine is sensible", () => {
  it("two years of office work never starts anyone on reception or an apprenticeship (unless they are on one, or must stay in learning)", () => {
    fc.assert(fc.property(arbProfile, fc.integer({ min: 24, max: 240 }), (p, months) => {
      const proven = { ...p, experience: { ...p.experience, adminMonths: Math.max(p.experience.adminMonths, months) } };
      const report = assess(proven, dataset);
      if (mustStayInLearning(proven, report.nation)) return;
      for (const r of report.routes) if (LOWER.includes(r.id) && !started(r)) expect.fail(`${r.id} offered with ${proven.experience.adminMonths} months of office work`);
    }));
  });

  it("more office or secretarial work never moves a person from applying towards reception first or an apprenticeship", () => {
    fc.assert(fc.property(arbProfile, fc.constantFrom("adminMonths", "secretarialMonths"), fc.integer({ min: 1, max: 120 }), (p, kind, extra) => {
      const before = assess(p, dataset).recommended;
      if (!APPLY.includes(before)) return;
      const after = assess({ ...p, experience: { ...p.experience, [kind]: p.experience[kind] + extra } }, dataset).recommended;
      expect(LOWER, `${before} became ${after}`).not.toContain(after);
    }));
  });

  it("more typing speed never adds a gap", () => {
    fc.assert(fc.property(arbProfile, fc.integer({ min: 1, max: 100 }), (p, extra) => {
      noWorse(p, { ...p, typingWpm: (p.typingWpm ?? 0) + extra });
      const before = assess(p, dataset).gaps.filter((g) => g.status !== "met").length;
      const after = assess({ ...p, typingWpm: (p.typingWpm ?? 0) + extra }, dataset).gaps.filter((g) => g.status !== "met").length;
      expect(after).toBeLessThanOrEqual(before);
    }));
  });

  it("an unanswered question is routed exactly as a met one: unknown never sends anyone down a longer route", () => {
    fc.assert(fc.property(arbProfile, (p) => {
      const { typingWpm: _t, audioTyping: _a, ...rest } = p;
      const unknown = assess(rest, dataset);
      const met = assess({ ...rest, typingWpm: 250, audioTyping: true }, dataset);
      expect(unknown.routes.map((r) => r.id)).toEqual(met.routes.map((r) => r.id));
      expect(unknown.routes.map((r) => r.months)).toEqual(met.routes.map((r) => r.months));
      // Unknown is said, never counted as missing (a qualification may still show the skill).
      for (const id of ["typing-speed", "audio-typing"]) {
        const gap = unknown.gaps.find((g) => g.id === id);
        if (gap) expect(["unknown", "met"]).toContain(gap.status);
      }
    }));
  });

  it("an added qualification never makes the result worse", () => {
    fc.assert(fc.property(arbProfile, fc.constantFrom(...qualIds), (p, q) => {
      noWorse(p, { ...p, qualifications: [...new Set([...p.qualifications, q])] });
    }));
  });

  it("more experience of any kind never makes the result worse", () => {
    const kinds = ["adminMonths", "customerServiceMonths", "healthcareMonths", "secretarialMonths"] as const;
    fc.assert(fc.property(arbProfile, fc.constantFrom(...kinds), fc.integer({ min: 1, max: 60 }), (p, kind, extra) => {
      noWorse(p, { ...p, experience: { ...p.experience, [kind]: p.experience[kind] + extra } });
    }));
  });

  it("a ready person is sent to apply, never to start an apprenticeship or a course (unless young enough to have to stay in learning, or finishing one)", () => {
    fc.assert(fc.property(arbProfile, (p) => {
      const report = assess(p, dataset);
      if (!report.ready || mustStayInLearning(p, report.nation)) return;
      // Finishing an apprenticeship already under way is not starting one.
      const underway = (r: (typeof report.routes)[number]) => r.steps.some((s) => s.underway);
      if (!underway(report.routes[0]!)) expect(report.recommended).toBe("direct-application");
      expect(report.routes.filter((r) => r.id === "apprenticeship" && !underway(r)).map((r) => r.id)).toEqual([]);
    }));
  });

  it("someone with a known essential gap is never told to apply now", () => {
    fc.assert(fc.property(arbProfile, (p) => {
      const report = assess(p, dataset);
      if (report.ready || report.readyIfConfirmed) return;
      expect(report.routes.map((r) => r.id)).not.toContain("direct-application");
      expect(report.routes.length).toBeGreaterThan(0);
    }));
  });

  it("every route offered has something to do: it closes an open gap, or it is applying now (or it is learning the law asks of the young)", () => {
    fc.assert(fc.property(arbProfile, (p) => {
      const report = assess(p, dataset);
      if (mustStayInLearning(p, report.nation)) return;
      const open = new Set(report.gaps.filter((g) => g.status === "partial" || g.status === "missing").map((g) => g.id));
      for (const r of report.routes) {
        // Applying now, or finishing what the person has started.
        if (r.id === "direct-application" || r.steps.some((s) => s.underway)) continue;
        expect(r.closes.some((id) => open.has(id)), r.id).toBe(true);
      }
    }));
  });

  it("a route whose reasons argue against it never ranks above one that fits, but for one the person has started", () => {
    fc.assert(fc.property(arbProfile, (p) => {
      const routes = assess(p, dataset).routes;
      const begun = routes.filter(started).length;
      // What the person has started comes first, whatever argues against it (issue 16).
      expect(routes.slice(0, begun).every(started)).toBe(true);
      const fits = routes.slice(begun).map((r) => r.fits);
      const firstMisfit = fits.indexOf(false);
      if (firstMisfit >= 0) expect(fits.slice(firstMisfit)).not.toContain(true);
    }));
  });

  it("ready means every essential requirement is met", () => {
    fc.assert(fc.property(arbProfile, (p) => {
      const report = assess(p, dataset);
      expect(report.ready).toBe(report.gaps.every((g) => !g.essential || g.status === "met"));
    }));
  });

  it("routes are ranked 1..n, those that fit first, each group by score, and the recommended one is first", () => {
    fc.assert(fc.property(arbProfile, (p) => {
      const report = assess(p, dataset);
      report.routes.forEach((r, i) => {
        expect(r.rank).toBe(i + 1);
        const prev = report.routes[i - 1];
        if (prev && prev.fits === r.fits && started(prev) === started(r)) expect(r.score).toBeLessThanOrEqual(prev.score);
      });
      expect(report.recommended).toBe(report.routes[0]?.id ?? "");
    }));
  });
});

describe("the generators reach every answer", () => {
  it("there is a generator for every key an answers file may hold", () => {
    expect(generatedKeys(dataset).sort()).toEqual(answerKeys([]).sort());
  });

  it("the generated people include NHS staff on a band, people of each age, and people part-way through a course", () => {
    const people = fc.sample(arbProfile, { numRuns: 300, seed: 7 });
    expect(people.some((p) => p.nhsBand !== undefined && isNhsStaff(p) === true)).toBe(true);
    expect(people.some((p) => p.age !== undefined && p.age < 18)).toBe(true);
    expect(people.some((p) => p.ageGroup !== undefined)).toBe(true);
    expect(people.some((p) => (p.studying?.length ?? 0) > 0)).toBe(true);
    expect(new Set(people.map((p) => p.currentJob)).size).toBeGreaterThan(5);
  });
});

describe("rules that turn on a person's job, band, age and studies", () => {
  it("NHS staff are offered an apprenticeship only in England, and only up to the target's top band", () => {
    fc.assert(fc.property(arbProfile, (p) => {
      if (isNhsStaff(p) !== true) return;
      const report = assess(p, dataset);
      const apprenticeship = report.routes.filter((r) => r.steps.some((s) => s.pay.kind === "apprentice" && !s.underway));
      if (report.nation !== "england") expect(apprenticeship.map((r) => r.id)).toEqual([]);
      const top = report.target.bands.at(-1)!;
      if (p.nhsBand !== undefined && compareBands(p.nhsBand, top) > 0) expect(apprenticeship.map((r) => r.id)).toEqual([]);
    }));
  });

  it("a pay change is shown exactly for NHS staff who gave a band, and its figures hang together", () => {
    fc.assert(fc.property(arbProfile, (p) => {
      const report = assess(p, dataset);
      const change = report.payChange;
      if (p.nhsBand === undefined || isNhsStaff(p) === false) {
        expect(change).toBeUndefined();
        return;
      }
      if (!change) return;
      expect(change.band).toBe(p.nhsBand);
      expect(change.atLeast).toBeLessThanOrEqual(change.atMost);
      expect(change.now.min).toBeLessThanOrEqual(change.now.max);
      for (const b of change.byBand) {
        expect(b.change).toBe(compareBands(b.band, p.nhsBand) < 0 ? "cut" : compareBands(b.band, p.nhsBand) > 0 ? "rise" : "same");
        expect(b.least).toBeLessThanOrEqual(b.most);
      }
    }));
  });
});
