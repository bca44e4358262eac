// Table sizing and wrapping: our own, because cli-table3 cuts long words with "…".
import fc from "fast-check";
import { stripVTControlCharacters } from "node:util";
import { describe, expect, it } from "vitest";
import { makeStyle } from "../../src/render/style.js";
import { bullet, drawTable, fitColumns, fitsWithoutCutting, wrapText } from "../../src/render/table.js";

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

describe("drawTable where its columns' words cannot fit side by side", () => {
  const style = makeStyle(false);
  const head = ["Id", "Role", "Band: pay", "Where"];
  const rows = [
    ["medical-receptionist", "Medical receptionist", "2: £25,272", "hospital, GP practice"],
    ["clinic-administrator", "Clinic administrator (patient access, outpatient booking)", "2: £25,272\n3: £25,760–£27,476", "hospital, community"],
  ];
  const words = (cells: string[][]) => cells.flat().flatMap((c) => c.split(/\s+/)).filter(Boolean);

  it("is told apart from a table that only needs to wrap", () => {
    expect(fitsWithoutCutting([head, ...rows], 80)).toBe(true);
    // At 60 the ids and "£25,760–£27,476" could sit side by side only cut after a hyphen or dash: not any more.
    expect(fitsWithoutCutting([head, ...rows], 60)).toBe(false);
    expect(fitsWithoutCutting([head, ...rows], 40)).toBe(false);
  });

  it.each([60, 50])("at %i columns keeps every id and range whole, as blocks", (width) => {
    const out = drawTable(style, head, rows, { width });
    for (const word of ["medical-receptionist", "clinic-administrator", "£25,760–£27,476"]) expect(out.split(/\s+/)).toContain(word);
  });

  it("a word too long for any layout (a pasted name) does not turn the whole table into blocks", () => {
    const out = drawTable(style, ["Row", "Name", "Ready"], [["row 2", "x".repeat(500), "yes"], ["row 3", "Ann", "no"]], { width: 80 });
    expect(out).toMatch(/^┌/);
  });

  it("prints a block per row, every word whole, within the width", () => {
    const out = drawTable(style, head, rows, { width: 40 });
    expect(out).not.toMatch(/[─│┌┐└┘├┤┬┴┼]/);
    expect(widest(out)).toBeLessThanOrEqual(40);
    const shown = out.split(/\s+/);
    for (const word of words(rows)) expect(shown).toContain(word);
    expect(out.split("\n\n")[0]).toBe("medical-receptionist\n  Role: Medical receptionist\n  Band: pay: 2: £25,272\n  Where: hospital, GP practice");
    // A cell's own line breaks, and wrapped lines, hang under their heading.
    expect(out).toContain("  Band: pay: 2: £25,272\n    3: £25,760–£27,476");
  });

  it("a rank column numbers each block; a two-column table is one label: value line a row", () => {
    const ranked = drawTable(style, ["#", "Route", "Time", "Why"], [["1", "Admin apprenticeship in the NHS", "16–27 months", "Closes all 5 of your essential gaps"]], { width: 40 });
    expect(ranked.split("\n").slice(0, 2)).toEqual(["1. Admin apprenticeship in the NHS", "   Time: 16–27 months"]);
    const pairs = drawTable(style, ["", "Number"], [["Best route: Start as a receptionist or ward clerk, then move up", "fewer than 3"]], { width: 20 });
    expect(pairs.split("\n")[0]).toBe("Best route: Start");
    expect(pairs.replace(/\s+/g, " ")).toBe("Best route: Start as a receptionist or ward clerk, then move up: fewer than 3");
  });

  it("keeps a status word's colour", () => {
    const colour = makeStyle(true);
    const out = drawTable(colour, head, rows, { width: 40 }, (cell, i) => (i === 3 ? colour.bad(cell) : cell));
    expect(out).toMatch(/Where: \x1b\[31mhospital, GP practice\x1b\[39m/);
    expect(stripVTControlCharacters(out)).toBe(drawTable(style, head, rows, { width: 40 }));
  });
});

describe("tables too large to spread into a call", () => {
  // workshop --all with 200,000 attendees once ended in "Maximum call stack size exceeded".
  it("200,000 rows, and a cell of 200,000 words, are sized", () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [`row ${i + 2}`, i % 2 ? "yes" : "no"]);
    expect(fitColumns([["Row", "Ready"], ...rows], 80)).toEqual([12, 7]);
    expect(fitColumns([["Name"], ["a ".repeat(200_000)]], 80)).toEqual([78]);
  });

  // cli-table3 itself spreads its rows into a call as it draws a head, and slows with size: a large table is drawn in parts.
  it.each([
    ["boxed, one line a row", { width: 80 }, "ok"],
    ["boxed, with rules between rows", { width: 30 }, "a long cell that has to wrap"],
    ["plain, one line a row", { width: 80, plain: true }, "ok"],
    ["plain, with blank lines between rows", { width: 30, plain: true }, "a long cell that has to wrap"],
  ])("drawn in parts, a table is the same as drawn whole: %s", (_, opts, long) => {
    const rows = Array.from({ length: 10 }, (_, i) => [`row ${i + 2}`, i === 4 ? long : "ok"]);
    const whole = drawTable(makeStyle(false), ["Row", "Ready"], rows, opts);
    for (const rowsPerDraw of [1, 3, 9]) expect(drawTable(makeStyle(false), ["Row", "Ready"], rows, { ...opts, rowsPerDraw })).toBe(whole);
  });
});
