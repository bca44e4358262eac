// The plain renderer: any report built as Sections, read in a line at a time
// (a screen reader, a braille display, a text file). Snapshots hold the whole
// text; the other tests say what makes it readable that way.
import { describe, expect, it } from "vitest";
import { assess } from "../../src/engine/assess.js";
import { compareReports } from "../../src/engine/compare.js";
import { compareModel, whatIfModel } from "../../src/render/change.js";
import { plainSection, renderPlain } from "../../src/render/plain.js";
import { reportModel, type Section } from "../../src/render/report-model.js";
import { summarySection } from "../../src/render/workshop.js";
import { summarise } from "../../src/engine/workshop.js";
import { shippedDataset } from "../helpers/dataset.js";
import { exampleProfile } from "../helpers/examples.js";

const dataset = shippedDataset();
const example = (name: string) => assess(exampleProfile(name), dataset);

/** Box drawing, block elements and escape codes: none belongs in plain text. */
const NOT_PLAIN = /[\u2500-\u259f\x1b]/;

describe("renderPlain: the assessment report", () => {
  it.each(["school-leaver.yaml", "career-changer.yaml", "legal-secretary.yaml", "qualified.yaml", "gp-receptionist.json"])("%s", (name) => {
    const report = example(name);
    const text = renderPlain(reportModel(report, dataset), "Your route");
    expect(text).not.toMatch(NOT_PLAIN);
    expect(text).toMatchSnapshot();
  });

  it("keeps every cell of every table, each with its column's name", () => {
    const report = example("school-leaver.yaml");
    const model = reportModel(report, dataset);
    const text = renderPlain(model, "Your route");
    for (const section of model.sections) {
      expect(text).toContain(`\n${section.title}\n`);
      for (const row of section.rows) for (const cell of row) expect(text).toContain(cell.replace(/\n/g, " "));
    }
    // Where you stand: the requirement names the item; the other columns label their values.
    expect(text).toContain("1. Typing speed\n   You: 30 wpm\n   Needed: 50 wpm (rule of thumb); adverts ask for RSA II or III, or equivalent\n   Status: Missing\n");
    // Two-column tables read as label: value.
    expect(text).toContain("\nTyping speed: 30 wpm\n");
  });

  it("numbers routes by their rank and steps in order", () => {
    const text = renderPlain(reportModel(example("school-leaver.yaml"), dataset), "Your route");
    const routes = text.slice(text.indexOf("Routes for you"), text.indexOf("Step by step"));
    expect(routes).toMatch(/^1\. Admin apprenticeship in the NHS\n {3}Time: /m);
    expect(routes).not.toMatch(/#:/);
    const steps = text.slice(text.indexOf("Step by step"));
    expect(steps).toMatch(/^1\. .*\n {3}Time: .*\n {3}Cost: .*\n {3}Pay: /m);
    expect(steps).toMatch(/^2\. /m);
  });

  it("does not rely on columns lining up: every line is a heading, a numbered item, a label: value line or prose", () => {
    const text = renderPlain(reportModel(example("career-changer.yaml"), dataset), "Your route");
    for (const line of text.split("\n")) {
      // No run of spaces inside a line (only the indent of an item's lines).
      expect(line.trimStart(), line).not.toMatch(/ {2}/);
    }
  });
});

describe("plainSection: any Section", () => {
  it("a two-column table with no first heading (the workshop's group table)", () => {
    const reports = ["school-leaver.yaml", "career-changer.yaml", "legal-secretary.yaml"].map(example);
    const section = summarySection(summarise(reports), new Map(dataset.routes.map((r) => [r.id, r.title])), { names: false, exact: true });
    const lines = plainSection(section);
    expect(lines[0]).toBe("The group");
    expect(lines).toContain("Attendees assessed: 3");
  });

  it("a result table of the kind a typing test prints, with a note", () => {
    const section: Section = {
      title: "Your typing test",
      head: ["Measure", "Result"],
      rows: [
        ["Net speed", "48 wpm"],
        ["Accuracy", "97%"],
      ],
      notes: ["Net speed takes off a word a minute for each mistake left in."],
    };
    expect(plainSection(section)).toEqual(["Your typing test", "", "Net speed: 48 wpm", "Accuracy: 97%", "", "Net speed takes off a word a minute for each mistake left in."]);
  });

  it("cells wrapped over lines for a table read as one line; empty cells are left out", () => {
    const section: Section = { title: "Roles", head: ["Role", "Band", "Pay"], rows: [["Medical\nsecretary", "", "from £25,760"]] };
    expect(plainSection(section)).toEqual(["Roles", "", "1. Medical secretary", "   Pay: from £25,760"]);
  });

  it("says so when a table is empty", () => {
    expect(plainSection({ title: "Routes for you", head: ["#", "Route"], rows: [] })).toEqual(["Routes for you", "", "None."]);
  });
});

describe("renderPlain: what-if and compare", () => {
  it("what if the school leaver typed at 55 wpm and audio typed", () => {
    const before = example("school-leaver.yaml");
    const after = assess({ ...before.profile, typingWpm: 55, audioTyping: true }, dataset);
    const text = renderPlain(whatIfModel(compareReports(before, after), reportModel(after, dataset), dataset), "What if");
    expect(text).not.toMatch(NOT_PLAIN);
    expect(text).toMatchSnapshot();
  });

  it("the school leaver six months on", () => {
    const before = example("school-leaver.yaml");
    const after = example("school-leaver-6-months-on.yaml");
    const text = renderPlain(compareModel(compareReports(before, after), "before.yaml", "after.yaml", dataset), "Progress");
    expect(text).not.toMatch(NOT_PLAIN);
    expect(text).toMatchSnapshot();
  });
});
