// One attendee's handout: the same report as on screen, plus a chart of pay
// year by year, as Markdown and as a self-contained printable HTML page.

import type { TimelineYear } from "../engine/timeline.js";
import { enGB, stepTitleWords, type Catalogue, type WordContext } from "./words/index.js";
import type { ReportWords } from "./words/report-words.js";

type HandoutWords = ReportWords["handout"];
import { FULL_TIME_HOURS_PER_WEEK } from "../engine/timeline.js";
import { money } from "./format.js";
import { reportForAttendees } from "./for-attendees.js";
import { markdownTable, renderMarkdown } from "./markdown.js";
import { safeLines } from "./safe-text.js";
import type { ReportModel } from "./report-model.js";

export interface Handout {
  title: string;
  model: ReportModel;
  pay: WordedYear[];
}

/** A year of the pay chart, with what fills it in words. */
export interface WordedYear extends Omit<TimelineYear, "what"> {
  what: string;
}

export function wordTimeline(years: readonly TimelineYear[], w: WordContext): WordedYear[] {
  return years.map((y) => ({
    year: y.year,
    salary: y.salary,
    what: "step" in y.what ? stepTitleWords(y.what.step, w) : w.words.labels.roleAtBand(w.roleTitle(y.what.role), y.what.band),
  }));
}

/** The handout's words: its model's catalogue. */
const handoutWords = (h: Handout) => (h.model.words ?? enGB).report.handout;

export function handoutMarkdown(h: Handout): string {
  const hw = handoutWords(h);
  const rows = h.pay.map((p) => [String(p.year), p.salary === null ? hw.notKnown : money(p.salary), p.what]);
  return `${renderMarkdown(reportForAttendees(h.model), h.title).trimEnd()}\n\n## ${hw.payByYear}\n\n${markdownTable([...hw.head], rows)}\n\n_${hw.payNote(FULL_TIME_HOURS_PER_WEEK)}_\n`;
}

/** Text for HTML: markup made inert, control characters shown rather than kept. */
const escape = (s: string) => safeLines(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** A bar chart of pay by year, as inline SVG (no scripts, no fonts to fetch). */
export function payChartSvg(pay: WordedYear[], hw: HandoutWords = enGB.report.handout): string {
  const width = 640;
  const height = 280;
  const left = 64;
  const bottom = 40;
  const top = 20;
  const known = pay.map((p) => p.salary ?? 0);
  const ceiling = Math.max(10_000, Math.ceil(Math.max(...known, 1) / 10_000) * 10_000);
  const plotH = height - top - bottom;
  const slot = (width - left - 16) / Math.max(1, pay.length);
  const y = (v: number) => top + plotH - (v / ceiling) * plotH;
  const parts: string[] = [];
  for (let v = 0; v <= ceiling; v += 10_000) {
    parts.push(`<line x1="${left}" x2="${width - 8}" y1="${y(v)}" y2="${y(v)}" stroke="#d0d4d9" stroke-width="1"/>`);
    parts.push(`<text x="${left - 8}" y="${y(v) + 4}" text-anchor="end" font-size="12" fill="#333">£${v / 1000}k</text>`);
  }
  pay.forEach((p, i) => {
    const x = left + i * slot + slot * 0.15;
    const w = slot * 0.7;
    if (p.salary === null) {
      parts.push(`<rect x="${x}" y="${top}" width="${w}" height="${plotH}" fill="none" stroke="#9aa5b1" stroke-dasharray="4 3"><title>${escape(hw.yearNotKnown(p.year, p.what))}</title></rect>`);
    } else {
      parts.push(`<rect x="${x}" y="${y(p.salary)}" width="${w}" height="${top + plotH - y(p.salary)}" fill="#005eb8"><title>${escape(hw.yearPay(p.year, money(p.salary), p.what))}</title></rect>`);
      parts.push(`<text x="${x + w / 2}" y="${y(p.salary) - 4}" text-anchor="middle" font-size="11" fill="#333">${money(p.salary)}</text>`);
    }
    parts.push(`<text x="${x + w / 2}" y="${height - bottom + 16}" text-anchor="middle" font-size="12" fill="#333">${escape(hw.year(p.year))}</text>`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${escape(hw.chartLabel)}">${parts.join("")}</svg>`;
}

/** The class of a status cell, by the catalogue's status word. */
const statusClass = (words: Catalogue): Record<string, string> => {
  const s = words.report.status;
  return { [s.met]: "met", [s.partial]: "partly", [s.missing]: "missing", [s.unknown]: "unknown" };
};

/** A column whose every cell is at most this long ("16–27 months", "fees not known") is kept on one line. */
const SHORT_CELL = 16;

/**
 * A cell's text, with each word that holds a hyphen, a dash or a slash kept
 * whole ("£25,760–£27,476", "16–27", "Customer-facing"): browsers may break
 * after those, which cuts a figure or a range in two. A word longer than a
 * line (a pasted address) is left free to wrap rather than run off the page.
 */
function cellText(s: string): string {
  return escape(s)
    .replace(/\S+/g, (word) => (word.length > 40 ? `<span class="long">${word}</span>` : /[-–—‐/][^\s]/.test(word) ? `<span class="w">${word}</span>` : word))
    .replace(/\n/g, "<br>");
}

/**
 * A table that reads on paper and on a phone: short columns keep their words
 * on one line, and a table of three or more columns becomes a block per row
 * on a narrow screen, each cell labelled with its heading.
 */
function tableHtml(head: string[], rows: string[][], statusColumn?: number, words: Catalogue = enGB): string {
  const STATUS_CLASS = statusClass(words);
  const short = head.map((h, i) => h.length <= SHORT_CELL && rows.every((r) => (r[i] ?? "").length <= SHORT_CELL));
  const ranked = head[0] === "#";
  const th = head.map((h, i) => `<th${short[i] ? ` class="short"` : ""}>${cellText(h)}</th>`).join("");
  const td = (c: string, i: number) => {
    // The word stays: colour only adds to it, for readers and printers without colour.
    const classes = [short[i] ? "short" : "", i === statusColumn ? (STATUS_CLASS[c] ?? "") : "", ranked && i === 0 ? "rank" : ""].filter(Boolean);
    // The row's title (after a rank) needs no label when the row is a block.
    const label = i === 0 || (ranked && i === 1) || !head[i] ? "" : ` data-label="${escape(head[i]!)}"`;
    return `<td${classes.length ? ` class="${classes.join(" ")}"` : ""}${label}>${cellText(c)}</td>`;
  };
  const trs = rows.map((r) => `<tr>${r.map(td).join("")}</tr>`).join("\n");
  return `<table${head.length >= 3 ? ` class="stack"` : ""}><thead><tr>${th}</tr></thead><tbody>\n${trs}\n</tbody></table>`;
}

const CSS = `
body { font: 11pt/1.4 system-ui, "Segoe UI", Arial, sans-serif; color: #1d2329; max-width: 48em; margin: 2em auto; padding: 0 1em; }
/* break-word, not anywhere: a word is broken only when it alone is wider than the line (a very long name),
   and a table still sizes each column to its longest word, so that no column is squeezed into pieces of words. */
h1, h2, p, li { overflow-wrap: break-word; }
h1 { font-size: 18pt; margin: 0 0 .3em; color: #005eb8; }
h2 { font-size: 13pt; margin: 1.4em 0 .4em; border-bottom: 2px solid #005eb8; padding-bottom: .1em; }
.verdict { font-weight: 600; font-size: 12pt; }
table { border-collapse: collapse; width: 100%; margin: .3em 0; }
th, td { border: 1px solid #c8ced4; padding: .25em .5em; text-align: left; vertical-align: top; }
.short, .w { white-space: nowrap; }
.long { overflow-wrap: anywhere; }
th { background: #eef3f8; }
.notes, .foot { color: #4a545e; font-size: 9.5pt; }
figure { margin: .5em 0; }
td.met { color: #007f3b; font-weight: 600; }
td.partly { color: #8a5a00; font-weight: 600; }
td.missing { color: #c0161e; font-weight: 600; }
td.unknown { color: #4a545e; font-style: italic; }
/* A phone: a row of a wide table as a block, each cell under its heading's name. */
@media screen and (max-width: 560px) {
  body { margin: 1em auto; }
  table.stack, table.stack tbody, table.stack tr, table.stack td { display: block; }
  table.stack thead { display: none; }
  table.stack tr { border: 1px solid #c8ced4; margin: .5em 0; padding: .25em .5em; }
  table.stack td { border: 0; padding: .1em 0; }
  table.stack td:first-child, table.stack td.rank + td { font-weight: 600; }
  table.stack td.rank { float: left; margin-right: .3em; }
  table.stack td.rank::after { content: "."; }
  table.stack td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; color: #4a545e; }
}
@page { size: A4; margin: 15mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2 { break-after: avoid; }
  table, figure { break-inside: avoid; }
}`;

export function handoutHtml(h: Handout): string {
  const model = reportForAttendees(h.model);
  const hw = handoutWords(h);
  const sections = model.sections
    .map((s) => {
      const notes = s.notes?.length ? `<ul class="notes">${s.notes.map((n) => `<li>${escape(n)}</li>`).join("")}</ul>` : "";
      return `<h2>${escape(s.title)}</h2>\n${tableHtml(s.head, s.rows, s.statusColumn, model.words)}\n${notes}`;
    })
    .join("\n");
  const foot = model.footnotes.map((f) => `<p class="foot">${escape(f)}</p>`).join("\n");
  return `<!doctype html>
<html lang="${escape((h.model.words ?? enGB).lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(h.title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${escape(h.title)}</h1>
<p class="verdict">${escape(model.verdict)}</p>
${sections}
<h2>${escape(hw.payByYear)}</h2>
<figure id="pay-chart">${payChartSvg(h.pay, hw)}</figure>
${tableHtml([...hw.head], h.pay.map((p) => [String(p.year), p.salary === null ? hw.notKnown : money(p.salary), p.what]))}
<p class="notes">${escape(hw.payNote(FULL_TIME_HOURS_PER_WEEK))}</p>
${foot}
</body>
</html>
`;
}
