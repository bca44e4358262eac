// Properties that must hold for anyone: checked over generated profiles.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assess } from "../../src/engine/assess.js";
import { targetRoles } from "../../src/engine/routes.js";
import { NATIONS, OFFICE_LEVELS, TERMINOLOGY_LEVELS, type GapStatus, type Profile } from "../../src/engine/types.js";
import { shippedDataset } from "../helpers/dataset.js";

const dataset = shippedDataset();
const qualIds = dataset.qualifications.map((q) => q.id);
const months = fc.integer({ min: 0, max: 120 });

const arbProfile: fc.Arbitrary<Profile> = fc.record(
  {
    typingWpm: fc.integer({ min: 0, max: 120 }),
    audioTyping: fc.boolean(),
    medicalTerminology: fc.constantFrom(...TERMINOLOGY_LEVELS),
    officeSkills: fc.constantFrom(...OFFICE_LEVELS),
    qualifications: fc.subarray(qualIds),
    experience: fc.record({ adminMonths: months, customerServiceMonths: months, healthcareMonths: months, secretarialMonths: months }),
    needsToEarnWhileLearning: fc.boolean(),
    canStudyPartTime: fc.boolean(),
    nation: fc.constantFrom(...NATIONS),
    target: fc.constantFrom(...targetRoles(dataset).map((r) => r.id)),
  },
  { requiredKeys: ["qualifications", "experience"] },
);

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

describe("the engine is sensible", () => {
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

  it("a ready person is sent to apply, never to start an apprenticeship or a course", () => {
    fc.assert(fc.property(arbProfile, (p) => {
      const report = assess(p, dataset);
      if (!report.ready) return;
      expect(report.recommended).toBe("direct-application");
      expect(report.routes.map((r) => r.id)).not.toContain("apprenticeship");
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

  it("every route offered has something to do: it closes an open gap, or it is applying now", () => {
    fc.assert(fc.property(arbProfile, (p) => {
      const report = assess(p, dataset);
      const open = new Set(report.gaps.filter((g) => g.status === "partial" || g.status === "missing").map((g) => g.id));
      for (const r of report.routes) {
        if (r.id === "direct-application") continue;
        expect(r.closes.some((id) => open.has(id)), r.id).toBe(true);
      }
    }));
  });

  it("a route whose reasons argue against it never ranks above one that fits", () => {
    fc.assert(fc.property(arbProfile, (p) => {
      const fits = assess(p, dataset).routes.map((r) => r.fits);
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
        if (prev && prev.fits === r.fits) expect(r.score).toBeLessThanOrEqual(prev.score);
      });
      expect(report.recommended).toBe(report.routes[0]?.id ?? "");
    }));
  });
});
