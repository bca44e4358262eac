// --nation takes any case and suggests the nearest for a slip.
import { InvalidArgumentError } from "commander";
import { describe, expect, it } from "vitest";
import { parseNation } from "../../src/cli/commands/nation-option.js";
import { safeFileName } from "../../src/cli/run/workshop.js";

describe("parseNation", () => {
  it.each([
    ["Wales", "wales"],
    ["ENGLAND", "england"],
    ["Northern Ireland", "northern-ireland"],
  ])("reads %j as %s", (text, nation) => expect(parseNation(text)).toBe(nation));

  it("refuses a slip with a suggestion", () => {
    expect(() => parseNation("scotand")).toThrow(InvalidArgumentError);
    expect(() => parseNation("scotand")).toThrow(/did you mean scotland\?/);
  });
});

describe("safeFileName", () => {
  it.each([
    [9, "Łukasz Nowak", "009-lukasz-nowak"],
    [3, "Zoë Ånström", "003-zoe-anstrom"],
    [12, "../../etc/passwd", "012-etc-passwd"],
    [4, "   ", "004-attendee"],
  ])("row %i, %j → %s", (row, name, file) => expect(safeFileName(row, name)).toBe(file));
});
