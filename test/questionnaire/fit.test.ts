// Questions fitted to the terminal: whole words on every line, lists on a page.
import { stripVTControlCharacters } from "node:util";
import { describe, expect, it } from "vitest";
import { fitAnswer, fitChoices, fitKeysHelp, fitMessage, pageSizeFor } from "../../src/questionnaire/fit.js";
import { qualificationChoices, type Choice } from "../../src/questionnaire/questions.js";
import { shippedDataset } from "../helpers/dataset.js";

const LONG = "City & Guilds Level 3 Diploma in Medical Administration (5528-23), the AMSPAR / BSMSA medical secretary diploma";
const words = (s: string) => s.split(/\s+/).filter(Boolean);

describe("fitChoices", () => {
  it.each([40, 60, 100])("breaks a long name between words at %i columns, lines under the first indented", (width) => {
    const [choice] = fitChoices<Choice<string>>([{ value: "x", name: LONG }], width, 3);
    const lines = choice!.name.split("\n");
    expect(lines.length).toBeGreaterThan(1);
    lines.forEach((line, i) => {
      expect(line.length + (i === 0 ? 3 : 0)).toBeLessThanOrEqual(width);
      if (i > 0) expect(line.startsWith("   ") && !line.startsWith("    ")).toBe(true);
    });
    expect(words(choice!.name)).toEqual(words(LONG));
    // Once answered, Inquirer prints `short`: the name on one line.
    expect(choice!.short).toBe(LONG);
  });

  it("leaves a name that fits alone, and wraps a description to the width", () => {
    const [choice] = fitChoices<Choice<string>>([{ value: "x", name: "Degree", description: LONG }], 40, 2);
    expect(choice).toMatchObject({ name: "Degree" });
    expect(choice!.short).toBeUndefined();
    expect(Math.max(...choice!.description!.split("\n").map((l) => l.length))).toBeLessThanOrEqual(40);
    expect(words(choice!.description!)).toEqual(words(LONG));
  });
});

describe("fitMessage", () => {
  it("wraps a question between words, leaving room for Inquirer's '? '", () => {
    const message = "Time in an office or admin job, not counting secretarial work? (e.g. 2 years)";
    const fitted = fitMessage(message, 40);
    expect(fitted.split("\n").every((l) => l.length <= 38)).toBe(true);
    expect(words(fitted)).toEqual(words(message));
  });
});

describe("fitAnswer", () => {
  const plainAnswer = (message: string, width: number, answer: string) => stripVTControlCharacters(fitAnswer(message, width)(answer));

  it("leaves an answer that fits after the question on its line", () => {
    expect(plainAnswer("Where in the UK will you work?", 60, "Northern Ireland")).toBe("Northern Ireland");
  });

  it("wraps one that does not under the question, between words", () => {
    // "✔ Where in the UK will you work?" is 32 columns: "Northern" would end at 41.
    expect(plainAnswer("Where in the UK will you work?", 39, "Northern Ireland")).toBe("\nNorthern Ireland");
    expect(plainAnswer("Which of these do you hold?", 39, "GCSE English, GCSE maths, Functional Skills English L2")).toBe("GCSE\nEnglish, GCSE maths, Functional Skills\nEnglish L2");
  });

  it("counts from the last line of a question that wrapped", () => {
    const message = fitMessage("Time in an office or admin job, not counting secretarial work? (e.g. 2 years)", 39);
    expect(message.split("\n").at(-1)).toBe("years)");
    expect(plainAnswer(message, 39, "2 years")).toBe("2 years");
  });
});

describe("fitKeysHelp", () => {
  const keys: [string, string][] = [["↑↓", "navigate"], ["space", "select"], ["a", "all"], ["i", "invert"], ["⏎", "submit"]];

  it("keeps one line where it fits", () => {
    expect(stripVTControlCharacters(fitKeysHelp(keys, 100))).toBe("↑↓ navigate • space select • a all • i invert • ⏎ submit");
  });

  it("breaks between keys, never inside one", () => {
    const lines = stripVTControlCharacters(fitKeysHelp(keys, 40)).split("\n");
    expect(lines).toEqual(["↑↓ navigate • space select • a all", "i invert • ⏎ submit"]);
  });
});

describe("the qualifications list", () => {
  const choices = qualificationChoices(shippedDataset(), "scotland");

  it("names each qualification by its full title, wrapped between words under itself at 40 columns", () => {
    for (const c of fitChoices(choices, 40, 3)) {
      const lines = c.name.split("\n");
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
      for (const line of lines.slice(1)) expect(line).toMatch(/^ {3}\S/);
      expect(c.name.replace(/\n {3}/g, " ")).toBe(choices.find((o) => o.value === c.value)!.name);
    }
    // A closed one is marked so in its name; where else a qualification is taken, in its description.
    expect(choices.find((c) => c.value === "amspar-diploma-l3")).toMatchObject({
      name: expect.stringMatching(/^City & Guilds Level 3 Diploma in Medical Administration \(5528-23\).* \(closed\)$/),
      description: "No longer offered, but it still counts.",
    });
    expect(choices.find((c) => c.value === "gcse-english")!.description).toBe("Taken in England, Wales and Northern Ireland.");
  });

  it("gets a page as tall as the terminal allows, the whole list where it fits", () => {
    expect(pageSizeFor(choices, 60)).toBe(choices.length);
    // Every nation's English and maths make the list longer than 24 rows: it scrolls, the page filling the screen.
    expect(pageSizeFor(choices, 24)).toBe(Math.min(choices.length, 24 - 6));
    // A short terminal still gets Inquirer's smallest page.
    expect(pageSizeFor(choices, 10)).toBe(7);
  });
});
