// Names and notes come from people and data files: in Markdown they stay text.
import { describe, expect, it } from "vitest";
import { markdownTable, markdownText, renderMarkdown } from "../../src/render/markdown.js";

describe("Markdown output", () => {
  it("makes HTML, emphasis and table pipes inert", () => {
    expect(markdownText("<script>alert(1)</script>")).toBe("\\<script\\>alert(1)\\</script\\>");
    expect(markdownText("a|b *c* [d](e) #f & g ~~h~~")).toBe("a\\|b \\*c\\* \\[d\\](e) #f & g \\~\\~h\\~\\~");
    // Escaped once: an entity typed in a name stays as typed, and "&" elsewhere is left alone.
    expect(markdownText("AT&T &lt;b&gt; &#60;")).toBe("AT&T \\&lt;b\\&gt; \\&#60;");
    expect(markdownText("a\x1b[2Jb")).toBe("a\\\\x1b\\[2Jb");
    expect(markdownText("# not a heading")).toBe("\\# not a heading");
  });

  it("keeps a hostile name in the title as text", () => {
    const md = renderMarkdown({ verdict: "Ready.", sections: [], footnotes: [] }, "<img src=x onerror=alert(1)>: your route");
    expect(md.split("\n")[0]).toBe("# \\<img src=x onerror=alert(1)\\>: your route");
    // Every "<" is escaped, so no HTML tag can start anywhere.
    expect(md).not.toMatch(/(^|[^\\])</m);
  });

  it("folds line breaks in a verdict, title or note into spaces, so none can start a heading or a list", () => {
    const md = renderMarkdown(
      { verdict: "Ready.\n# head\r\nmore\u2028- item", sections: [{ title: "A\n## B", head: ["X"], rows: [["1"]], notes: ["note\n\n# not a heading", "- dash", "1. one"] }], footnotes: ["foot\n# note"] },
      "Title\n# second",
    );
    const lines = md.split("\n");
    expect(lines.filter((l) => /^#/.test(l))).toEqual(["# Title # second", "## A ## B"]);
    expect(lines).toContain("**Ready. # head more - item**");
    expect(lines).toContain("- note # not a heading");
    // A note that would open a list of its own inside its list item.
    expect(lines).toContain("- \\- dash");
    expect(lines).toContain("- 1\\. one");
    expect(lines).toContain("_foot # note_");
  });

  it("puts a multi-line cell on one table row", () => {
    expect(markdownTable(["A"], [["one\ntwo"]]).split("\n")).toEqual(["| A |", "| --- |", "| one<br>two |"]);
  });
});
