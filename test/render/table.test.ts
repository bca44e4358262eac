// Table sizing and wrapping: our own, because cli-table3 cuts long words with "…".
import fc from "fast-check";
import { stripVTControlCharacters } from "node:util";
import { describe, expect, it } from "vitest";
import { makeStyle } from "../../src/render/style.js";
import { bullet, drawTable, fitColumns, wrapText } from "../../src/render/table.js";

const widest = (s: string) => Math.max(...stripVTControlCharacters(s).split("\n").map((l) => [...l].length));

describe("wrapText", () => {
  it("breaks at spaces and keeps every word", () => {
    expect(wrapText("the quick brown fox jumps", 10)).toBe("the quick\nbrown fox\njumps");
  });

  it("breaks a long id after a hyphen rather than cutting it", () => {
    expect(wrapText("senior-medical-secretary", 16)).toBe("senior-medical-\nsecretary");
  });

  it("never splits a URL", () => {
    const url = "https://www.nhsemployers.org/articles/pay-scales-202627";
    expect(wrapText(`Source: ${url}`, 30)).toBe(`Source:\n${url}`);
  });

  it("keeps within the width and loses no characters", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z-]{1,30}$/), { minLength: 1, maxLength: 12 }), fc.integer({ min: 5, max: 60 }), (words, width) => {
        const text = words.join(" ");
        const out = wrapText(text, width);
        for (const line of out.split("\n")) expect(line.length).toBeLessThanOrEqual(width);
        expect(out.replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
      }),
    );
  });

  it("indents the later lines of a bullet", () => {
    expect(bullet("one two three four", 10)).toBe("• one two\n  three\n  four");
  });
});

describe("drawTable", () => {
  const style = makeStyle(false);
  const rows = [
    ["medical-secretary", "Medical secretary", "Runs the paperwork of a consultant or clinical team: typing clinic letters from dictation"],
    ["ward-clerk", "Ward clerk", "Runs the admin of a hospital ward"],
  ];

  it.each([80, 60, 40])("fits %i columns", (width) => {
    const out = drawTable(style, ["Id", "Role", "Summary"], rows, { width });
    expect(widest(out)).toBeLessThanOrEqual(width);
    const cells = out.split(/[│\s]+/);
    for (const word of rows[0]![2]!.split(" ")) expect(cells).toContain(word);
    expect(out).not.toContain("…");
  });

  it("has no escape codes with colour off, and no box drawing when plain", () => {
    const plain = drawTable(style, ["Id", "Role"], rows.map((r) => r.slice(0, 2)), { width: 80, plain: true });
    expect(plain).not.toMatch(/\x1b\[/);
    expect(plain).not.toMatch(/[─│┌┐└┘├┤┬┴┼]/);
    expect(plain).toContain("medical-secretary");
  });

  it("gives columns their natural width when they fit", () => {
    expect(fitColumns([["ab", "cdef"]], 80)).toEqual([4, 6]);
  });
});
