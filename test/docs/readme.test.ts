// What the README says about the package, checked against the package itself.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { choicesOf, qualificationChoices, YES_NO_UNSURE } from "../../src/questionnaire/questions.js";
import { earlierAnswer } from "../../src/model/answers.js";
import { ROOT, runCli } from "../helpers/cli.js";
import { shippedDataset } from "../helpers/dataset.js";
import { NATIONS } from "../../src/engine/types.js";

const readme = readFileSync(join(ROOT, "README.md"), "utf8");
/** The README's prose on one line, so that a phrase can be found wherever it wraps. */
const prose = readme.replace(/\s+/g, " ");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };

const minor = (v: string) => v.split(".").slice(0, 2).map(Number) as [number, number];
const notAfter = (a: [number, number], b: [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]);

describe("README", () => {
  it("names no version newer than package.json's as the one that added something", () => {
    const named = [...readme.matchAll(/added in (\d+\.\d+)/gi)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(0);
    for (const v of named) expect(notAfter(minor(v), minor(pkg.version)), `"added in ${v}" but the package is ${pkg.version}`).toBe(true);
  });
});

describe("README: running the tool from a clone", () => {
  // test/e2e/clone.test.ts runs each of these in a copy of the clone.
  it("lists each way the end-to-end tests check", () => {
    for (const way of ["npx medsec-path bands", "node bin/medsec-path.js bands", "./bin/medsec-path.js", "npm link", "npm start -- bands", "npm start --silent -- bands --json"]) {
      expect(readme).toContain(way);
    }
  });
});

describe("README: what the questionnaire lets you leave open", () => {
  const dataset = shippedDataset();
  const offersUnsure = (choices: readonly { value: unknown }[]) => choices.some((c) => c.value === "unsure");
  /** The choices the questionnaire offers for an answer, in a nation. */
  const offered = (key: string, nation: (typeof NATIONS)[number] = "england") => choicesOf(earlierAnswer(key)!, dataset, nation);

  it("names the questions with a 'not sure' choice, and the five without", () => {
    expect(prose).toContain('Your band, audio typing, earning while you learn and part-time study each offer "Not sure"');
    for (const nation of NATIONS) expect(offered("nhsBand", nation).find((c) => c.value === "unsure")?.name).toBe("Not sure");
    expect(YES_NO_UNSURE.find((c) => c.value === "unsure")?.name).toBe("Not sure");
    expect(prose).toContain('your age offers "Rather not say", and what you do now "Something else, or rather not say"');
    expect(offered("ageGroup").find((c) => c.value === "unsure")?.name).toBe("Rather not say");
    expect(offered("currentJob").find((c) => c.value === "unsure")?.name).toBe("Something else, or rather not say");

    expect(prose).toContain("Five questions have no such choice: the role");
    for (const choices of [offered("target"), offered("nation"), offered("medicalTerminology"), offered("officeSkills"), qualificationChoices(dataset, "england")]) {
      expect(offersUnsure(choices)).toBe(false);
    }
  });
});

describe("README: workshop", () => {
  it("the template's sample row left in is skipped with the message the README quotes", async () => {
    const quoted = /`(Skipped row 2: [^`]+)`/.exec(prose)?.[1];
    expect(quoted).toBeDefined();
    const template = (await runCli(["workshop", "--template"])).stdout;
    const [, sample] = template.split("\n");
    const csv = `${template}${sample!.replace(/^A\.B\./, "C.D.")}\n`;
    const r = await runCli(["workshop", "-", "--json"], { input: csv });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(quoted);
    expect((JSON.parse(r.stdout) as { summary: { attendees: number } }).summary.attendees).toBe(1);
  });
});
