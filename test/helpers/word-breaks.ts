// Finds words that a browser breaks across lines inside a table cell. Each
// page is laid out in headless Chromium in an iframe of the width asked for
// (headless windows are never narrower than 500 px, an iframe can be), and a
// script measures every word of every cell: a word whose characters lie on
// more than one line was broken inside itself.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "./chromium.js";

export interface Frame {
  name: string;
  html: string;
  /** CSS pixels. */
  width: number;
  /** Lay it out with its print rules, as Chromium does when printing it. */
  print?: boolean;
}

export interface BrokenWord {
  word: string;
  /** The start of the cell it is in. */
  cell: string;
  lines: number;
}

export interface FrameLayout {
  name: string;
  width: number;
  /** How wide the page's content is: more than `width` means it runs off the side. */
  scrollWidth: number;
  cells: number;
  words: number;
  broken: BrokenWord[];
}

/** A4 less the handout's 15 mm margins, in CSS pixels (96 to the inch): the width a printed page lays out in. */
export const A4_CONTENT_PX = Math.floor(((210 - 2 * 15) / 25.4) * 96);

/** Print rules applied on screen: @media print holds for every medium, so an iframe lays out as the printed page. */
const asPrinted = (html: string) => html.replace(/@media\s+print\b/g, "@media all");

const attribute = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

// Runs in the page. A <br> counts as a space; a word's rectangles on one line
// may differ in top by a pixel or two (bold, a span), not by half a line.
const MEASURE = `
function measure(frame) {
  const doc = frame.contentDocument;
  const broken = [];
  let cells = 0, words = 0;
  for (const cell of doc.querySelectorAll("td, th")) {
    cells++;
    const at = [];
    let text = "";
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === 3) {
          for (let i = 0; i < child.data.length; i++) at.push([child, i]);
          text += child.data;
        } else if (child.nodeName === "BR") {
          at.push(null);
          text += " ";
        } else walk(child);
      }
    };
    walk(cell);
    for (const m of text.matchAll(/\\S+/g)) {
      words++;
      const first = at[m.index], last = at[m.index + m[0].length - 1];
      const range = doc.createRange();
      range.setStart(first[0], first[1]);
      range.setEnd(last[0], last[1] + 1);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (rects.length < 2) continue;
      const half = Math.min(...rects.map((r) => r.height)) / 2;
      const tops = rects.map((r) => r.top).sort((a, b) => a - b);
      let lines = 1;
      for (let i = 1; i < tops.length; i++) if (tops[i] - tops[i - 1] > half) lines++;
      if (lines > 1) broken.push({ word: m[0], cell: text.trim().slice(0, 80), lines });
    }
  }
  return { name: frame.dataset.name, width: frame.clientWidth, scrollWidth: doc.documentElement.scrollWidth, cells, words, broken };
}
const frames = [...document.querySelectorAll("iframe")];
// Each frame marks itself loaded (onload, in its tag): a srcdoc frame may load before or after this script runs.
const loaded = () => new Promise((ok) => {
  const wait = () => (frames.every((f) => f.dataset.loaded) ? ok() : setTimeout(wait, 20));
  wait();
});
loaded()
  .then(() => frames.map(measure))
  .catch((e) => ({ error: String(e && e.stack || e) }))
  .then((found) => {
    document.getElementById("result").textContent = btoa(unescape(encodeURIComponent(JSON.stringify(found))));
  });
`;

/** Lays out every frame in one Chromium run (in `dir`) and returns what each broke. */
export function measureWordBreaks(frames: Frame[], dir: string): FrameLayout[] {
  const iframes = frames
    .map((f) => `<iframe data-name="${attribute(f.name)}" onload="this.dataset.loaded = 1" style="display:block;border:0;width:${f.width}px;height:3000px" srcdoc="${attribute(f.print ? asPrinted(f.html) : f.html)}"></iframe>`)
    .join("\n");
  const page = join(dir, "word-breaks.html");
  writeFileSync(page, `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0">${iframes}<pre id="result"></pre><script>${MEASURE}</script></body></html>`);
  const r = chromium(["--window-size=1200,900", "--virtual-time-budget=20000", "--dump-dom", pathToFileURL(page).href], 90_000);
  if (r.code !== 0) throw new Error(`chromium exited ${r.code ?? r.signal}: ${r.stderr}`);
  const encoded = /<pre id="result">([A-Za-z0-9+/=]*)<\/pre>/.exec(r.stdout)?.[1];
  if (!encoded) throw new Error(`the page did not report its measurements:\n${r.stdout.slice(-2000)}\n${r.stderr}`);
  const found = JSON.parse(Buffer.from(encoded, "base64").toString("utf8")) as FrameLayout[] | { error: string };
  if (!Array.isArray(found)) throw new Error(`the measuring script failed: ${found.error}`);
  return found;
}

/** For a test's own use: the handouts' HTML from a folder, by file name. */
export function readPages(files: string[]): { name: string; html: string }[] {
  return files.map((file) => ({ name: file.split("/").pop()!, html: readFileSync(file, "utf8") }));
}
