// The typing test's passages: the shipped ones, and the errors a bad file gets.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { layerPassages, readPassagesFile } from "../../src/data/passages.js";
import { DataError } from "../../src/errors.js";

const shipped = readPassagesFile("data/passages.yaml");

function fileWith(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "medsec-passages-"));
  writeFileSync(join(dir, "passages.yaml"), text);
  return dir;
}

function problems(text: string): string[] {
  const dir = fileWith(text);
  try {
    readPassagesFile(join(dir, "passages.yaml"));
  } catch (e) {
    if (e instanceof DataError) return e.issues.map((i) => `${i.line}: ${i.field}: ${i.message}`);
    throw e;
  }
  return [];
}

const LONG = "The quick brown fox jumps over the lazy dog. ".repeat(6).trim();
const entry = (fields: Record<string, string>) =>
  `  - id: ${fields.id ?? "practice"}\n    title: ${fields.title ?? "Practice"}\n    style: ${fields.style ?? "plain"}\n    text: ${fields.text ?? JSON.stringify(LONG)}\n`;

describe("the shipped passages", () => {
  it("hold one in plain English and several in the style of clinical letters", () => {
    expect(shipped.filter((p) => p.style === "plain").length).toBeGreaterThanOrEqual(1);
    const clinical = new Set(shipped.filter((p) => p.style !== "plain").map((p) => p.style));
    expect([...clinical].sort()).toEqual(["appointment-change", "clinic-letter", "discharge-summary"]);
  });

  it("each holds more than a minute's typing at 80 wpm and less than 2,000 characters", () => {
    for (const p of shipped) {
      expect(p.text.length, p.id).toBeGreaterThan(400);
      expect(p.text.length, p.id).toBeLessThanOrEqual(2000);
    }
  });

  it("hold nothing that looks like an NHS number (ten digits, spaced 3 3 4 or not)", () => {
    for (const p of shipped) expect(p.text, p.id).not.toMatch(/\d{3}\s?\d{3}\s?\d{4}/);
  });
});

describe("a bad passages file names the line and field", () => {
  it.each([
    ["a curly quote", entry({ text: JSON.stringify(`${LONG} \u201cquoted\u201d`) }), /5: passages\[0\]\.text: must hold only the letters/],
    ["a short text", entry({ text: "Too short." }), /5: passages\[0\]\.text: should be at least 200 characters/],
    ["two spaces in a row", entry({ text: JSON.stringify(LONG.replace("fox ", "fox  ")) }), /passages\[0\]\.text: must not hold two spaces/],
    ["an unknown style", entry({ style: "poem" }), /4: passages\[0\]\.style: must be one of: plain, clinic-letter/],
    ["an id in capitals", entry({ id: "Practice" }), /2: passages\[0\]\.id: must be lower-case words/],
    ["an id given twice", entry({}) + entry({ title: "Again" }), /6: passages\[1\]: "practice" appears twice/],
    ["an unknown field", entry({}) + "    author: me\n", /6: passages\[0\]\.author: is not a known field/],
  ])("%s", (_name, body, message) => {
    expect(problems(`passages:\n${body}`).join("\n")).toMatch(message);
  });

  it("an empty list", () => {
    expect(problems("passages: []\n").join("\n")).toMatch(/passages: needs at least one passage/);
  });
});

describe("a --data folder's passages", () => {
  it("replace a shipped one with the same id and add new ones", () => {
    const dir = fileWith(`passages:\n${entry({ id: "touch-typing", title: "Our own" })}${entry({ id: "trust-letter", title: "Trust letter" })}`);
    const layered = layerPassages(shipped, dir);
    expect(layered).toHaveLength(shipped.length + 1);
    expect(layered.find((p) => p.id === "touch-typing")?.title).toBe("Our own");
    expect(layered.at(-1)?.id).toBe("trust-letter");
  });

  it("a folder without passages.yaml leaves the shipped ones", () => {
    expect(layerPassages(shipped, mkdtempSync(join(tmpdir(), "medsec-none-")))).toEqual(shipped);
  });
});
