// The registry of answers: an answer defined there, and given its words in
// src/render/answer-words.ts, reaches every way in and out of the tool with no
// other change. Shown with an answer that is not in the tool: the registry and
// the words are extended here, as a developer adding one would extend them,
// and nothing else is touched.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";

const EXTRA = {
  key: "drivingLicence",
  value: { type: "choice", values: ["yes", "no"] },
  about: "Whether the person holds a full driving licence (a test answer).",
  question: { message: "Do you hold a full driving licence?", choices: [{ value: "yes", name: "Yes" }, { value: "no", name: "No" }] },
  column: { header: "Driving licence (yes/no)", sample: "", aliases: ["driving licence"] },
} as const;

// The entry added at the end of REGISTERED_ANSWERS, with the lists and lookups the module derives from it.
vi.mock("../../src/model/answers.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/model/answers.js")>();
  const REGISTERED_ANSWERS = [...real.REGISTERED_ANSWERS, EXTRA];
  const ANSWERS = [...real.EARLIER_ANSWERS, ...REGISTERED_ANSWERS];
  return {
    ...real,
    REGISTERED_ANSWERS,
    REGISTERED_KEYS: REGISTERED_ANSWERS.map((a) => a.key),
    ANSWERS,
    registeredAnswer: (key: string) => REGISTERED_ANSWERS.find((a) => a.key === key),
    answerDef: (key: string) => ANSWERS.find((a) => a.key === key),
  };
});

// Its words, added to the table as a developer would add them.
vi.mock("../../src/render/answer-words.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/render/answer-words.js")>();
  const answerWordsOf = (t: Parameters<typeof real.answerWordsOf>[0]) => ({ ...real.answerWordsOf(t), drivingLicence: { label: t`Driving licence`, phrase: t`your driving licence`, values: { yes: t`yes`, no: t`no` } } });
  return { ...real, answerWordsOf };
});

const { runCli } = await import("../helpers/cli.js");
const { shippedDataset } = await import("../helpers/dataset.js");
const { askAnswers } = await import("../../src/questionnaire/ask.js");
const { jsonSchemas } = await import("../../src/build/compile-data.js");
const { readCsvResponses } = await import("../../src/workshop/responses.js");
const { profileKey } = await import("../../src/engine/profile-key.js");

const dir = mkdtempSync(join(tmpdir(), "medsec-registry-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const before = file("before.yaml", "typingWpm: 40\nexperience: { adminMonths: 12 }\n");
const after = file("after.yaml", "typingWpm: 40\ndrivingLicence: Yes\nexperience: { adminMonths: 12 }\n");

describe("an answer added to the registry alone", () => {
  it("is a key of an answers file, in its JSON Schema, and checked", async () => {
    expect(Object.keys((jsonSchemas()["answers.schema.json"] as { properties: object }).properties)).toContain("drivingLicence");
    const bad = await runCli(["assess", "--answers", file("bad.yaml", "drivingLicence: maybe\nexperience: {}\n")]);
    expect(bad.code).toBe(65);
    expect(bad.stderr).toMatch(/drivingLicence: must be one of: yes, no/);
  });

  it("reads back in \"What you told us\", and is kept by --save-answers", async () => {
    const saved = join(dir, "saved.yaml");
    const r = await runCli(["assess", "--answers", after, "--format", "plain", "--save-answers", saved]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("\nDriving licence: yes\n");
    expect(readFileSync(saved, "utf8")).toContain("drivingLicence: yes");
  });

  it("is changed by --set, and a what-if and compare say so in its words, \"not said\" for a blank", async () => {
    const whatIf = await runCli(["assess", "--answers", before, "--set", "drivingLicence=no", "--format", "plain"]);
    expect(whatIf.code).toBe(0);
    expect(whatIf.stdout).toContain("Changing your driving licence to no");
    expect(whatIf.stdout).toMatch(/Driving licence\n\s+Now: not said\n\s+What if: no/);
    const compare = await runCli(["compare", before, after, "--format", "plain"]);
    expect(compare.code).toBe(0);
    expect(compare.stdout).toMatch(/Driving licence\n\s+Before: not said\n\s+After: yes/);
  });

  it("has a column in the workshop template, read from a sheet", async () => {
    const template = await runCli(["workshop", "--template"]);
    expect(template.stdout.split("\n")[0]).toMatch(/,Driving licence \(yes\/no\)$/);
    const sheet = readCsvResponses("Typing speed,Driving licence\n40,no\n", shippedDataset());
    expect(sheet.errors).toEqual([]);
    expect(sheet.attendees[0]!.profile).toMatchObject({ typingWpm: 40, drivingLicence: "no" });
    // People who differ only in it do not share a verdict.
    expect(profileKey(sheet.attendees[0]!.profile)).not.toBe(profileKey({ ...sheet.attendees[0]!.profile, drivingLicence: "yes" } as never));
  });

  it("is asked by the questionnaire, with \"Rather not say\"", async () => {
    const asked: string[] = [];
    const answers = await askAnswers(
      {
        select: async ({ message, choices, default: start }) => (asked.push(message), message === EXTRA.question.message ? (expect(choices.at(-1)!.name).toBe("Rather not say"), "no") : (start ?? choices[0]!.value)) as never,
        input: async ({ message }) => (asked.push(message), ""),
        checkbox: async ({ message }) => (asked.push(message), []),
      },
      shippedDataset(),
    );
    expect(asked).toContain(EXTRA.question.message);
    expect(answers).toMatchObject({ drivingLicence: "no" });
  });
});
