// Names and notes come from people and data files: in Markdown they stay text.
import { describe, expect, it } from "vitest";
import { markdownTable, markdownText, renderMarkdown } from "../../src/render/markdown.js";

describe("Markdown output", () => {
  it("makes HTML, emphasis and table pipes inert", () => {
    expect(markdownText("<script>alert(1)</script>")).toBe("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(markdownText("a|b *c* [d](e) #f & g")).toBe("a\\|b \\*c\\* \\[d\\](e) #f & g");
    expect(markdownText("# not a heading")).toBe("\\# not a heading");
  });

  it("keeps a hostile name in the title as text", () => {
    const md = renderMarkdown({ verdict: "Ready.", sections: [], footnotes: [] }, "<img src=x onerror=alert(1)>: your route");
    expect(md.split("\n")[0]).toBe("# &lt;img src=x onerror=alert(1)&gt;: your route");
    expect(md).not.toContain("<img");
  });

  it("puts a multi-line cell on one table row", () => {
    expect(markdownTable(["A"], [["one\ntwo"]]).split("\n")).toEqual(["| A |", "| --- |", "| one<br>two |"]);
  });
});
