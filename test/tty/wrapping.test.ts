// The questions in narrow and wide terminals: every line fits, and no word is
// broken across two lines (Inquirer alone breaks lines at the last column).
import { afterEach, describe, expect, it } from "vitest";
import { BIN } from "../helpers/cli.js";
import { shippedDataset } from "../helpers/dataset.js";
import { hasTmux, Tmux } from "../helpers/tmux.js";
import { EARLIER_ANSWERS, REGISTERED_ANSWERS } from "../../src/model/answers.js";
import { qualificationChecklist, qualificationGroups } from "../../src/questionnaire/questions.js";

/** The experience questions, from their registry entries. */
const EXPERIENCE_QUESTIONS = (EARLIER_ANSWERS as readonly { key: string; question?: { message: string } }[]).filter((a) => a.key.startsWith("experience.")).map((a) => a.question!);

const runIt = hasTmux || process.env.CI ? it : it.skip;
const oneLine = (s: string) => s.replace(/\s+/g, " ");

describe.each([40, 100])("at %i columns", (width) => {
  let term: Tmux | undefined;
  afterEach(() => term?.close());

  runIt("each question and choice reads whole, and no line is wider than the terminal", async () => {
    // Tall enough for the whole qualifications list on one page, each by its full title.
    term = new Tmux(`node ${BIN}`, { width, height: 80 });
    const seen: string[] = [];
    const step = async (waitFor: string, ...keys: string[]) => {
      seen.push(await term!.waitFor(waitFor));
      term!.keys(...keys);
    };
    await step("Which role", "Enter");
    await step("Where in the UK", "Up", "Enter"); // Northern Ireland: a long answer
    await step("What do you do now?", "Enter"); // studying, or not in a job
    await step("How old are you?", "Enter");
    await step("typing speed", "4", "0", "Enter");
    await step("audio typing", "Enter");
    await step("medical terminology", "Enter");
    await step("Office skills", "Enter");
    // On the diploma whose long title used to be torn at 100 columns.
    const checklist = qualificationChecklist(qualificationGroups(shippedDataset(), "northern-ireland"), "northern-ireland");
    const diploma = checklist.findIndex((c) => c.value === "amspar-diploma-l3");
    await step("Which of these do you hold?", ...Array<string>(diploma).fill("Down"));
    seen.push(await term.waitFor("5528-23"));
    term.keys("Enter");
    await step("Are you working towards", "Enter");
    for (const q of EXPERIENCE_QUESTIONS) await step(q.message.slice(0, 20), "Enter");
    await step("earn while you learn", "Enter");
    await step("study part-time", "Enter");
    // The registry's questions for an adult not in work: hours, circumstances, time out of work.
    await step("hours a week", "Enter");
    await step("Do any of these apply", "Enter");
    await step("last paid job", "Enter");

    const screen = seen.join("\n");
    const tooWide = screen.split("\n").filter((l) => l.length > width);
    expect(tooWide).toEqual([]);
    const text = oneLine(screen);
    for (const q of EXPERIENCE_QUESTIONS) expect(text).toContain(q.message);
    // Northern Ireland's own and the UK-wide ones, by full title; the rest behind the last item.
    for (const c of checklist) expect(text).toContain(c.name);
    expect(text).toContain("Qualifications from elsewhere in the UK");
    expect(text).not.toContain("National 5 English");
    expect(text).toContain("City & Guilds Level 3 Diploma in Medical Administration (5528-23), the AMSPAR / BSMSA medical secretary diploma");
    expect(text).toContain("Clinic administrator (patient access, outpatient booking)");
    for (const c of REGISTERED_ANSWERS.find((a) => a.key === "circumstances")!.question.choices) expect(text).toContain(c.name);
    // Answered questions too: the answer follows the question, wrapped between words.
    expect(text).toContain("✔ Where in the UK will you work? Northern Ireland");
  });
});
