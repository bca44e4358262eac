// An audit of the shipped data as a careers adviser would want it: nothing
// offered that no one can enrol on, each nation's own qualifications and
// words, every threshold labelled, every fact with a source and a date.
import { describe, expect, it } from "vitest";
import { NATIONS, type Nation, type Source } from "../../src/engine/types.js";
import { shippedDataset } from "../helpers/dataset.js";

const dataset = shippedDataset();
const url = /^https?:\/\/\S+$/;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const qual = (id: string) => dataset.qualifications.find((q) => q.id === id);
const takenIn = (id: string, nation: Nation) => {
  const q = qual(id);
  return q !== undefined && (q.nations === undefined || q.nations.includes(nation));
};

function expectSource(source: Source | undefined, where: string): void {
  expect(source, where).toBeDefined();
  expect(source!.url, where).toMatch(url);
  expect(source!.asOf, where).toMatch(isoDate);
}

describe("nothing sends anyone to a qualification that has closed", () => {
  it("every qualification says whether it is open, and a withdrawn one says when it closed", () => {
    for (const q of dataset.qualifications) {
      expect(["open", "withdrawn", "unconfirmed"], q.id).toContain(q.status);
      if (q.status === "withdrawn") expect(q.withdrawnOn, q.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });

  it("City & Guilds 5528's medical diplomas and OCR Text Processing are withdrawn, but still count when held", () => {
    for (const id of ["amspar-diploma-l3", "medical-admin-l2", "text-processing"]) expect(qual(id)?.status, id).toBe("withdrawn");
    expect(qual("amspar-diploma-l3")!.withdrawnOn).toBe("2022-09-30");
    // Holding the closed diploma still shows its skills.
    expect(qual("amspar-diploma-l3")!.grants).toMatchObject({ audioTyping: true, medicalTerminology: "qualified" });
  });

  it("every route step that names a qualification names one people can still take, in the nations the step is in", () => {
    for (const route of dataset.routes) {
      for (const step of route.steps) {
        if (!step.qualification) continue;
        const q = qual(step.qualification);
        expect(q, `${route.id} ${step.id}`).toBeDefined();
        expect(q!.status, `${route.id} ${step.id}`).not.toBe("withdrawn");
        for (const nation of step.nations ?? route.onlyIn ?? NATIONS) expect(takenIn(q!.id, nation), `${route.id} ${step.id} ${nation}`).toBe(true);
      }
    }
  });

  it("no requirement's advice or closers name a withdrawn qualification", () => {
    const withdrawn = dataset.qualifications.filter((q) => q.status === "withdrawn");
    for (const role of dataset.roles) {
      for (const req of role.requirements) {
        for (const q of withdrawn) expect(req.closedBy, `${role.id} ${req.id}`).not.toContain(q.id);
      }
    }
  });

  it("no route's words point at the closed diploma", () => {
    // The words people read, not the source URLs (City & Guilds' 5528 page is the evidence that it closed).
    const text = JSON.stringify(dataset.routes, (key, value: unknown) => (key === "source" ? undefined : value));
    expect(text).not.toMatch(/5528-2[23]|Diploma in Medical Administration \(/);
  });
});

describe("each nation in its own terms", () => {
  it("every nation has its words: its service, its jobs site, its apprenticeship service, each with a source", () => {
    expect(dataset.nations.map((n) => n.id).sort()).toEqual([...NATIONS].sort());
    for (const n of dataset.nations) {
      expect(n.service.length, n.id).toBeGreaterThan(0);
      expect(n.jobsSite.url, n.id).toMatch(url);
      expectSource(n.jobsSite.source, `${n.id} jobs site`);
      expect(n.apprenticeships.url, n.id).toMatch(url);
      expectSource(n.apprenticeships.source, `${n.id} apprenticeships`);
      expectSource(n.source, n.id);
    }
    expect(dataset.nations.find((n) => n.id === "northern-ireland")!.service).toBe("HSC");
  });

  it("every nation has its own English-and-maths equivalents in every role that asks for them, and advice on where to study them", () => {
    for (const role of dataset.roles) {
      for (const req of role.requirements) {
        if (req.kind !== "qualifications" || req.id !== "english-maths") continue;
        for (const nation of NATIONS) {
          for (const group of req.allOf) {
            // Its own: taken in that nation specifically, or UK-wide.
            expect(group.some((id) => takenIn(id, nation)), `${role.id} ${nation} ${group.join("|")}`).toBe(true);
          }
          const advice = dataset.nations.find((n) => n.id === nation)!.advice?.["english-maths"];
          expect(advice?.text, `${nation} english-maths advice`).toBeDefined();
          expectSource(advice!.source, `${nation} english-maths advice`);
        }
      }
    }
    expect(takenIn("national-5-english", "scotland")).toBe(true);
    expect(takenIn("gcse-english", "scotland")).toBe(false);
    expect(takenIn("essential-skills-wales-communication-l2", "wales")).toBe(true);
    expect(takenIn("essential-skills-ni-number-l2", "northern-ireland")).toBe(true);
  });

  it("every route offered in a nation has a core step there: each nation's own apprenticeship", () => {
    for (const route of dataset.routes) {
      const core = route.steps.filter((s) => s.core);
      if (core.length === 0) continue;
      for (const nation of route.onlyIn ?? NATIONS) {
        expect(core.some((s) => !s.nations || s.nations.includes(nation)), `${route.id} ${nation}`).toBe(true);
      }
    }
  });

  it("England-only rules are said only in England", () => {
    const englandOnly = /Functional Skills|Adult Skills Fund|Business Administrator|ST0\d{3}|participation|until you are 18|from 1 August 2025|11 February 2025/;
    for (const route of dataset.routes) {
      for (const note of route.nationNotes) if (englandOnly.test(note.note)) expect(note.nation, `${route.id}: ${note.note}`).toBe("england");
      for (const note of route.notes ?? []) if (englandOnly.test(note.note)) expect(note.nations, `${route.id}: ${note.note}`).toEqual(["england"]);
      for (const step of route.steps) {
        if (englandOnly.test(`${step.title} ${step.monthsBasis ?? ""}`)) expect(step.nations, `${route.id} ${step.id}`).toEqual(["england"]);
      }
    }
    for (const n of dataset.nations) for (const note of n.notes ?? []) if (englandOnly.test(note.note)) expect(n.id).toBe("england");
  });
});

describe("every threshold is labelled, every fact has a source and a date", () => {
  it("each typing or experience threshold says whether it is published or a rule of thumb, and whose", () => {
    for (const role of dataset.roles) {
      for (const req of role.requirements) {
        if (req.kind !== "typing" && req.kind !== "experience") continue;
        const where = `${role.id} ${req.id}`;
        expect(["published", "rule-of-thumb"], where).toContain(req.basis);
        if (req.basis === "rule-of-thumb") expect(req.by, where).toBeTruthy();
        if (req.basis === "published") expectSource(req.source, where);
        expect(req.note?.length ?? 0, where).toBeGreaterThan(10);
      }
    }
  });

  it("the typing requirement is also put in the words adverts use", () => {
    for (const role of dataset.roles) {
      for (const req of role.requirements) if (req.kind === "typing") expect(req.advertWords, role.id).toMatch(/RSA/);
    }
  });

  it("qualifications, roles, routes and every note carry a source URL and a date", () => {
    for (const q of dataset.qualifications) expectSource(q.source, q.id);
    for (const r of dataset.roles) {
      expectSource(r.source, r.id);
      for (const req of r.requirements) if (req.source) expectSource(req.source, `${r.id} ${req.id}`);
    }
    for (const route of dataset.routes) {
      expectSource(route.source, route.id);
      for (const n of route.nationNotes) expectSource(n.source, `${route.id} ${n.nation}`);
      for (const n of route.notes ?? []) expectSource(n.source, `${route.id} note`);
    }
    for (const n of dataset.nations) for (const note of n.notes ?? []) expectSource(note.source, `${n.id} note`);
  });

  it("each step's length says how it was estimated or where it comes from", () => {
    for (const route of dataset.routes) {
      for (const step of route.steps) {
        if (step.via) continue;
        expect(step.monthsBasis, `${route.id} ${step.id}`).toBeTruthy();
      }
    }
  });
});
