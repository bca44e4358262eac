// Text from input is shown, never obeyed: every control or hidden format
// character comes out as a visible escape, and ordinary text is untouched.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { oneLine, safeLines, safeText } from "../../src/render/safe-text.js";
import { drawTable, wrapText } from "../../src/render/table.js";
import { makeStyle } from "../../src/render/style.js";

/** Any C0 or C1 control, DEL, or a bidi / zero-width format character. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

describe("safeText", () => {
  it("shows escape sequences, bells, carriage returns and bidi overrides as text", () => {
    expect(safeText("\x1b]0;pwned\x07")).toBe("\\x1b]0;pwned\\x07");
    expect(safeText("\x1b[2Jgone")).toBe("\\x1b[2Jgone");
    expect(safeText("paid\rUNPAID")).toBe("paid\\rUNPAID");
    expect(safeText("a\nb\tc")).toBe("a\\nb\\tc");
    expect(safeText("\u202eevil\u202c")).toBe("\\u202eevil\\u202c");
    expect(safeText("\u009b2J\u007f")).toBe("\\x9b2J\\x7f");
  });

  it("leaves ordinary text alone: accents, emoji, dashes, pound signs", () => {
    for (const s of ["Zoë Ó Briain", "😀 Sam", "£25,272–£27,476", "Łukasz Żółć", "日本語"]) expect(safeText(s)).toBe(s);
  });

  it("never lets a control character through, and is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const once = safeText(s);
        expect(once).not.toMatch(UNSAFE);
        expect(safeText(once)).toBe(once);
      }),
    );
  });

  it("safeLines keeps line breaks (CRLF as one) and nothing else; oneLine makes them spaces", () => {
    expect(safeLines("a\r\nb\n\x1b[1mc")).toBe("a\nb\n\\x1b[1mc");
    expect(oneLine("Ann\n# Heading\r\n> quote\t- list")).toBe("Ann # Heading > quote - list");
    expect(oneLine("\x1b[2J")).toBe("\\x1b[2J");
  });
});

describe("tables and wrapped text make their input safe", () => {
  const style = makeStyle(true);

  it("a cell's escape sequence is shown, while the table's own colour stays", () => {
    const out = drawTable(style, ["Name", "Status"], [["\x1b]0;pwned\x07", "Met"]], { width: 60 }, (cell, i) => (i === 1 ? style.good(cell) : cell));
    expect(out).toContain("\\x1b]0;pwned\\x07");
    expect(out).not.toContain("\x07");
    expect(out).not.toContain("\x1b]");
    // The status word is painted green after the cell was made safe.
    expect(out).toContain("\x1b[32mMet\x1b[39m");
  });

  it("columns are sized to what is shown: an escaped cell still fits its border", () => {
    const out = drawTable(makeStyle(false), ["A", "B"], [["\x1b[2J\x1b[2J", "x"]], { width: 40 });
    const widths = new Set(out.split("\n").map((l) => l.length));
    expect(widths.size).toBe(1);
  });

  it("wrapText shows control characters in prose too", () => {
    expect(wrapText("note \x1b[2J here", 80)).toBe("note \\x1b[2J here");
  });
});
