// The typing test's screen, drawn from its state at several terminal sizes.
import { stripVTControlCharacters } from "node:util";
import { describe, expect, it } from "vitest";
import { replay, type Keystroke, type Passage } from "../../src/engine/typing.js";
import { drawFrame, layoutPassage, makeMarks, MAX_PASSAGE_WIDTH } from "../../src/typing/screen.js";
import { readPassagesFile } from "../../src/data/passages.js";

const passages = readPassagesFile("data/passages.yaml");
const letter = passages.find((p) => p.id === "cardiology-letter")!;
const typedAs = (text: string): Keystroke[] => [...text].map((c, i) => ({ kind: "char", char: c, at: i * 100 }));
const plain = (s: string) => stripVTControlCharacters(s);

describe("layoutPassage", () => {
  it.each(passages.flatMap((p) => [20, 40, 72].map((w) => [p.id, w] as const)))("%s at %i columns: whole words, no line too wide", (id, width) => {
    const { text } = passages.find((p) => p.id === id)!;
    const lines = layoutPassage(text, width);
    expect(lines.map(([s, e]) => text.slice(s, e)).join("")).toBe(text);
    for (const [s, e] of lines) expect(e - s).toBeLessThanOrEqual(width);
    // Every line but the last ends after a space, so no word is split.
    for (const [, e] of lines.slice(0, -1)) expect(text[e - 1]).toBe(" ");
  });

  it("splits a word longer than the line, as it must", () => {
    expect(layoutPassage("abcdefghij klm", 4)).toEqual([[0, 4], [4, 8], [8, 11], [11, 14]]);
  });
});

function frame(typed: string, columns: number, rows: number, passage: Passage = letter, secondsLeft?: number) {
  return drawFrame({ passage, typed: replay(passage.text, typedAs(typed)), limitSeconds: 60, secondsLeft }, { columns, rows }, makeMarks(false));
}

describe("drawFrame", () => {
  it.each([[80, 24], [40, 24], [40, 40], [100, 30]])("at %ix%i every line fits and the whole passage shows", (columns, rows) => {
    const f = frame("", columns, rows);
    for (const line of f.lines) expect(plain(line).length).toBeLessThanOrEqual(Math.min(columns, MAX_PASSAGE_WIDTH));
    expect(f.lines.length).toBeLessThanOrEqual(rows);
    if (rows >= 30) expect(plain(f.lines.join(" ")).replace(/\s+/g, " ")).toContain(letter.text);
  });

  it("puts the cursor on the next character to type", () => {
    const typed = letter.text.slice(0, 50);
    const f = frame(typed, 40, 40);
    const row = plain(f.lines[f.cursor.row]!);
    expect(row[f.cursor.col]).toBe(letter.text[50]);
  });

  it("marks a wrong character (underlined, so colour is not needed to see it) and leaves right ones plain", () => {
    const f = frame("Dear Dx", 80, 24);
    const line = f.lines.find((l) => plain(l).startsWith("Dear Dr Sample"))!;
    expect(line).toContain("Dear D\x1b[1;4mr\x1b[0m");
    // With colour, right is green and wrong red as well as underlined.
    const coloured = drawFrame({ passage: letter, typed: replay(letter.text, typedAs("Dear Dx")), limitSeconds: 60 }, { columns: 80, rows: 24 }, makeMarks(true));
    expect(coloured.lines.join("\n")).toContain("\x1b[32mDear D\x1b[0m\x1b[31;4mr\x1b[0m");
  });

  it("says the clock has not started, then the seconds left", () => {
    expect(plain(frame("", 80, 24).lines.at(-1)!)).toBe("60 seconds: the clock starts when you type");
    expect(plain(frame("Dear", 80, 24, letter, 47).lines.at(-1)!)).toBe(`47 seconds left · 4 of ${letter.text.length} characters`);
  });

  it("wraps the status line rather than cut it, in a narrow terminal", () => {
    const f = frame("", 30, 24);
    expect(plain(f.lines.slice(-2).join(" "))).toBe("60 seconds: the clock starts when you type");
    expect(f.lines.length).toBeLessThanOrEqual(24);
  });

  it("in a short terminal, drops the instructions and shows the lines around the one being typed", () => {
    const typed = letter.text.slice(0, 400);
    const f = frame(typed, 40, 8);
    expect(f.lines.length).toBeLessThanOrEqual(8);
    expect(plain(f.lines.join("\n"))).not.toContain("Backspace corrects");
    expect(plain(f.lines[f.cursor.row]!)[f.cursor.col]).toBe(letter.text[400]);
  });

  it("at the end of the passage, the cursor rests after its last character", () => {
    const f = frame(letter.text, 80, 40);
    expect(plain(f.lines[f.cursor.row]!).length).toBe(f.cursor.col);
  });
});
