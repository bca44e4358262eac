// The printable handouts opened in a real browser: Debian's headless Chromium
// renders each page, shows the pay chart, and prints it to an A4 PDF; the
// page asks the network for nothing; and on paper or a phone no word in a
// table is broken across lines.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { ROOT, run } from "../helpers/cli.js";
import { chromium, decodePng, hasChromium, shareNotWhite, shareOfColour, type Png } from "../helpers/chromium.js";
import { A4_CONTENT_PX, measureWordBreaks, readPages } from "../helpers/word-breaks.js";

// CI installs chromium (.ci/run); only a developer's machine without it may skip.
const runIt = hasChromium || process.env.CI ? it : it.skip;
const TIMEOUT = 60_000;

/** The chart's bar colour (NHS blue), as payChartSvg draws a paid year. */
const BAR = "#005eb8";

const GROUP = `# A school leaver and a legal secretary, as examples/*.yaml describe them.
- name: Sam School-Leaver
  typingWpm: 30
  audioTyping: false
  medicalTerminology: none
  officeSkills: basic
  qualifications: [gcse-english, gcse-maths]
  experience:
    adminMonths: 0
    customerServiceMonths: 0
    healthcareMonths: 0
    secretarialMonths: 0
  needsToEarnWhileLearning: true
  canStudyPartTime: true
  nation: england
  target: medical-secretary
- name: Lee Legal-Secretary
  typingWpm: 65
  audioTyping: true
  medicalTerminology: none
  officeSkills: confident
  qualifications: [gcse-english, gcse-maths]
  experience:
    adminMonths: 24
    secretarialMonths: 60
  needsToEarnWhileLearning: true
  canStudyPartTime: true
`;

let dir = "";
let handouts: string[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "medsec-handouts-"));
  writeFileSync(join(dir, "group.yaml"), GROUP);
  const r = run(["workshop", join(dir, "group.yaml"), "--handouts", join(dir, "out")]);
  expect(r.code, r.stderr).toBe(0);
  handouts = readdirSync(join(dir, "out"))
    .filter((f) => f.endsWith(".html"))
    .sort()
    .map((f) => join(dir, "out", f));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const url = (file: string) => pathToFileURL(file).href;

function screenshot(page: string, png: string, size: string): Buffer {
  const r = chromium([`--screenshot=${png}`, `--window-size=${size}`, url(page)]);
  expect(r.signal, `chromium was killed: ${r.stderr}`).toBeNull();
  expect(r.code, r.stderr).toBe(0);
  return readFileSync(png);
}

/** A page holding nothing but the handout's chart, so only the chart is measured. */
function chartPage(html: string, file: string): string {
  const figure = /<figure id="pay-chart">[\s\S]*?<\/figure>/.exec(html)?.[0];
  expect(figure, "the handout has a pay chart figure").toBeDefined();
  expect(figure).toMatch(/^<figure id="pay-chart"><svg [^>]*>[\s\S]*<\/svg><\/figure>$/);
  writeFileSync(file, `<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0;background:#fff}</style></head><body>${figure}</body></html>`);
  return file;
}

describe("the HTML handouts in headless Chromium", () => {
  it("the workshop wrote one Markdown and one HTML handout per attendee", () => {
    expect(readdirSync(join(dir, "out")).sort()).toEqual([
      "001-sam-school-leaver.html",
      "001-sam-school-leaver.md",
      "002-lee-legal-secretary.html",
      "002-lee-legal-secretary.md",
    ]);
  });

  runIt(
    "each handout renders to a screenshot and Chromium exits 0",
    () => {
      for (const [i, page] of handouts.entries()) {
        const png = decodePng(screenshot(page, join(dir, `page-${i}.png`), "1000,1400"));
        expect([png.width, png.height]).toEqual([1000, 1400]);
        // Headings, tables and text: far from a blank page.
        expect(shareNotWhite(png)).toBeGreaterThan(0.02);
      }
    },
    TIMEOUT,
  );

  runIt(
    "the pay chart is visible: its bars are drawn, in the chart's blue",
    () => {
      const blank = join(dir, "blank.html");
      writeFileSync(blank, `<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>`);
      const empty = decodePng(screenshot(blank, join(dir, "blank.png"), "800,400"));
      expect(shareOfColour(empty, BAR)).toBeLessThan(0.0005);
      expect(shareNotWhite(empty)).toBeLessThan(0.0005);

      for (const [i, page] of handouts.entries()) {
        const html = readFileSync(page, "utf8");
        expect(html).toContain(`fill="${BAR}"`);
        const png = decodePng(screenshot(chartPage(html, join(dir, `chart-${i}.html`)), join(dir, `chart-${i}.png`), "800,400"));
        // The bars fill about a quarter of this page (0.22 and 0.27 when written); a tenth is a clear margin.
        const bars = shareOfColour(png, BAR);
        expect(bars, `${page}: share of bar-coloured pixels`).toBeGreaterThan(0.1);
        expect(shareNotWhite(png), `${page}: share of non-white pixels`).toBeGreaterThan(bars);
      }
    },
    TIMEOUT,
  );

  runIt(
    "each handout prints to a PDF of A4 pages",
    () => {
      for (const [i, page] of handouts.entries()) {
        const pdfFile = join(dir, `page-${i}.pdf`);
        const r = chromium([`--print-to-pdf=${pdfFile}`, "--no-pdf-header-footer", url(page)]);
        expect(r.signal, `chromium was killed: ${r.stderr}`).toBeNull();
        expect(r.code, r.stderr).toBe(0);
        const pdf = readFileSync(pdfFile).toString("latin1");
        expect(pdf.startsWith("%PDF-")).toBe(true);
        const pages = pdf.match(/\/Type\s*\/Page(?!s)\b/g) ?? [];
        expect(pages.length).toBeGreaterThanOrEqual(1);
        // The print stylesheet asks for A4: 595 × 842 points.
        const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/g)];
        expect(boxes.length).toBeGreaterThanOrEqual(1);
        for (const box of boxes) {
          const [x0, y0, x1, y1] = box.slice(1, 5).map(Number) as [number, number, number, number];
          expect(Math.abs(x1 - x0 - 595)).toBeLessThanOrEqual(2);
          expect(Math.abs(y1 - y0 - 842)).toBeLessThanOrEqual(2);
        }
      }
    },
    TIMEOUT,
  );

  it("asks the network for nothing: no remote src, href, url() or @import", () => {
    expect(handouts).toHaveLength(2);
    for (const page of handouts) {
      const html = readFileSync(page, "utf8");
      const links = [...html.matchAll(/\b(?:src|href|srcset|action|poster|data)\s*=\s*["']?([^"'\s>]*)/gi)].map((m) => m[1]);
      for (const link of links) expect(link, `${page}: ${link}`).not.toMatch(/^(?:[a-z][a-z0-9+.-]*:)?\/\//i);
      expect(html).not.toMatch(/url\(\s*["']?(?:https?:)?\/\//i);
      expect(html).not.toMatch(/@import/i);
      expect(html).not.toMatch(/<(?:script|link|iframe|object|embed)\b/i);
      // The only http(s) address left is the SVG namespace, which is a name, not a request.
      const addresses = (html.match(/https?:\/\/[^\s"'<>)]+/g) ?? []).filter((a) => a !== "http://www.w3.org/2000/svg");
      for (const a of addresses) expect(html, `${a} should be text, not a link`).not.toMatch(new RegExp(`(?:src|href)\\s*=\\s*["']?${a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    }
  });
});

/** Share of non-white pixels in the rightmost `columns` of a screenshot. */
function rightEdgeInk(png: Png, columns: number): number {
  let hits = 0;
  for (let y = 0; y < png.height; y++) {
    for (let x = png.width - columns; x < png.width; x++) {
      const i = (y * png.width + x) * png.channels;
      if (png.pixels[i]! < 250 || png.pixels[i + 1]! < 250 || png.pixels[i + 2]! < 250) hits++;
    }
  }
  return hits / (columns * png.height);
}

describe("a very long name in the HTML handout", () => {
  runIt(
    "a 5,000-character name wraps inside the page instead of running off its edge",
    () => {
      const long = mkdtempSync(join(tmpdir(), "medsec-long-name-"));
      try {
        writeFileSync(join(long, "long.csv"), `Name,Typing speed\r\n${"x".repeat(5000)},40\r\nAnn ${"y".repeat(5000)},40\r\n`);
        const r = run(["workshop", join(long, "long.csv"), "--handouts", join(long, "out")]);
        expect(r.code, r.stderr).toBe(0);
        const pages = readdirSync(join(long, "out")).filter((f) => f.endsWith(".html"));
        expect(pages).toHaveLength(2);
        for (const [i, page] of pages.entries()) {
          const png = decodePng(screenshot(join(long, "out", page), join(long, `long-${i}.png`), "1000,1400"));
          // The page is 48em wide and centred: its right margin, the last 100 pixels, stays white.
          expect(rightEdgeInk(png, 100), page).toBeLessThan(0.001);
          expect(shareNotWhite(png)).toBeGreaterThan(0.02);
        }
      } finally {
        rmSync(long, { recursive: true, force: true });
      }
    },
    TIMEOUT,
  );
});

/** Every sample person in examples/, and three who bring the tables examples/ lacks (pay now and in the role, another nation, another role). */
function exampleGroup(): string {
  const examples = join(ROOT, "examples");
  const people: Record<string, unknown>[] = readdirSync(examples)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort()
    .map((f) => ({ ...(parseYaml(readFileSync(join(examples, f), "utf8")) as object), name: f.replace(/\.\w+$/, "") }));
  people.push(
    { name: "nurse-in-wales", nation: "wales", currentJob: "nhs-clinical", nhsBand: "5", typingWpm: 35, experience: { healthcareMonths: 96 } },
    { name: "coder-in-northern-ireland", nation: "northern-ireland", target: "clinical-coder", currentJob: "nhs-admin", nhsBand: "3", experience: { adminMonths: 30, healthcareMonths: 30 } },
    { name: "receptionist-in-scotland", nation: "scotland", target: "practice-manager", currentJob: "gp-practice", ageGroup: "19-20", experience: { customerServiceMonths: 14 } },
  );
  return stringifyYaml(people);
}

describe("no word is broken inside itself in a handout's tables", () => {
  let out = "";
  let pages: { name: string; html: string }[] = [];

  beforeAll(() => {
    writeFileSync(join(dir, "examples.yaml"), exampleGroup());
    out = join(dir, "examples-out");
    const r = run(["workshop", join(dir, "examples.yaml"), "--handouts", out]);
    expect(r.code, r.stderr).toBe(0);
    pages = readPages(readdirSync(out).filter((f) => f.endsWith(".html")).sort().map((f) => join(out, f)));
  });

  runIt(
    "printed on A4 and on a 360-pixel phone, every word of every cell stays on one line, and nothing runs off the side",
    () => {
      expect(pages.length).toBeGreaterThanOrEqual(9);
      const frames = pages.flatMap((p) => [
        { name: `${p.name} on A4`, html: p.html, width: A4_CONTENT_PX, print: true },
        { name: `${p.name} at 360 px`, html: p.html, width: 360 },
      ]);
      const layouts = measureWordBreaks(frames, dir);
      expect(layouts.map((l) => l.name)).toEqual(frames.map((f) => f.name));
      for (const l of layouts) {
        // Measured, not skipped: a frame that did not load would have no cells to find fault with.
        expect(l.cells, l.name).toBeGreaterThan(50);
        expect(l.words, l.name).toBeGreaterThan(200);
        expect(l.broken, `${l.name}: words broken across lines`).toEqual([]);
        expect(l.scrollWidth, `${l.name}: wider than the page`).toBeLessThanOrEqual(l.width);
      }
    },
    TIMEOUT,
  );

  runIt(
    "the check finds a broken word: the old stylesheet (overflow-wrap: anywhere) on a page at 900 px",
    () => {
      const school = pages.find((p) => p.name.includes("school-leaver.html"))!;
      const old = school.html.replace("<style>", "<style>body, td, th { overflow-wrap: anywhere } .short, .w { white-space: normal } ");
      const [l] = measureWordBreaks([{ name: "old", html: old, width: 900 }], dir);
      // At 900 px the squeezed columns cut "Status", "apprenticeship" and the like (issue 19 saw "Stat us").
      expect(l!.broken.length).toBeGreaterThan(0);
    },
    TIMEOUT,
  );

  it("attendees are told what to ask for, not given commands: no backticks, no medsec-path command", () => {
    const files = readdirSync(out).filter((f) => /\.(md|html)$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(18);
    for (const f of files) {
      const text = readFileSync(join(out, f), "utf8");
      expect(text, f).not.toMatch(/`/);
      expect(text, f).not.toMatch(/medsec-path (?:typing-test|bands|assess|role)/);
    }
    const school = readFileSync(join(out, readdirSync(out).find((f) => f.endsWith("school-leaver.md"))!), "utf8");
    expect(school).toContain("then test again with the typing test your careers adviser can give you");
    expect(school).toContain("paid on top of the pay shown here: ask your careers adviser for the figures with it added.");
  });
});
