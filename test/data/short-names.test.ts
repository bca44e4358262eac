// A qualification's short name is what tables, compare and what-if show a
// person: written out, never an abbreviation to decode ("apprenticeship", not
// "app."). A name it was shown by before is still read from a workshop sheet.
import { describe, expect, it } from "vitest";
import { qualificationName } from "../../src/engine/gaps.js";
import { readCsvResponses } from "../../src/workshop/responses.js";
import { shippedDataset } from "../helpers/dataset.js";

const dataset = shippedDataset();

describe("qualifications' short names", () => {
  it("abbreviate no word: no 'app.', 'cert.', 'Sec.' or 'Comm.'", () => {
    const shorts = dataset.qualifications.flatMap((q) => (q.short ? [q.short] : []));
    expect(shorts.length).toBeGreaterThan(20);
    expect(shorts.filter((s) => /\b[A-Za-z]+\.(\s|$)/.test(s))).toEqual([]);
    expect(qualificationName(dataset, "business-administrator-apprenticeship")).toBe("Business Administrator apprenticeship L3");
  });

  it("still read from a workshop sheet by the short name an older version gave", () => {
    const sheet = "Name,Typing speed,Qualifications,Working towards now\r\nAnn,40,Medical terminology cert. L3,Business Administrator L3 app.\r\nBen,45,Medical terminology certificate L3,Business Administrator apprenticeship L3\r\n";
    const read = readCsvResponses(sheet, dataset);
    expect(read.errors).toEqual([]);
    expect(read.attendees.map((a) => [a.profile.qualifications, a.profile.studying])).toEqual([
      [["amspar-medical-terminology"], ["business-administrator-apprenticeship"]],
      [["amspar-medical-terminology"], ["business-administrator-apprenticeship"]],
    ]);
  });
});
