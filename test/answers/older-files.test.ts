// Answers files written for 0.1 and 0.2 give the report they gave before the
// registry of answers and its new answers (hours, circumstances, time out of
// work, Welsh, years on band). The snapshots were made by the code before that
// change; each example, fixture and workshop list is read as a person would,
// in plain text, and must read the same to the letter.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, ROOT } from "../helpers/cli.js";

const files = [
  ...readdirSync(join(ROOT, "examples")).map((f) => `examples/${f}`),
  ...["full.yaml", "full.json", "minimal.yaml"].map((f) => `test/fixtures/answers/${f}`),
];

describe("older answers files read as they did", () => {
  it.each(files)("%s: the plain report", async (file) => {
    const r = await runCli(["assess", "--answers", file, "--format", "plain"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatchSnapshot();
  });

  it("a what-if and a compare between two of them", async () => {
    const whatIf = await runCli(["assess", "--answers", "examples/career-changer.yaml", "--set", "typingWpm=55", "--format", "plain"]);
    const compare = await runCli(["compare", "examples/school-leaver.yaml", "examples/school-leaver-6-months-on.yaml", "--format", "plain"]);
    expect([whatIf.code, compare.code]).toEqual([0, 0]);
    expect(whatIf.stdout).toMatchSnapshot();
    expect(compare.stdout).toMatchSnapshot();
  });

  it("a workshop list, as a summary", async () => {
    const r = await runCli(["workshop", "test/fixtures/workshop/group.yaml", "--plain"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatchSnapshot();
  });
});
