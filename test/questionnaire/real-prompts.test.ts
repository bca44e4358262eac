// One run of the questionnaire through the real Inquirer prompts, driven by
// @inquirer/testing's virtual screen: what the person sees and types.
import { screen } from "@inquirer/testing/vitest";
import { describe, expect, it } from "vitest";
import { askAnswers } from "../../src/questionnaire/ask.js";
import { terminalPrompts } from "../../src/questionnaire/prompts.js";
import { shippedDataset } from "../helpers/dataset.js";

describe("the real prompts", () => {
  it("shows a typing-speed mistake, takes the correction and finishes", async () => {
    const result = askAnswers(terminalPrompts(), shippedDataset());
    expect(screen.getScreen()).toContain("Which role are you aiming for?");
    screen.keypress("enter"); // medical secretary is the default
    await screen.next();
    screen.keypress("enter"); // England
    await screen.next();
    expect(screen.getScreen()).toContain("What do you do now?");
    // It starts on a real answer (the first), not on "rather not say": Enter alone gives a report that says something.
    expect(screen.getScreen()).toMatch(/❯ Studying, or not in a job now/);
    screen.keypress("down");
    screen.keypress("enter"); // customer-facing work: no band question follows
    await screen.next();
    expect(screen.getScreen()).toContain("How old are you?");
    expect(screen.getScreen()).toMatch(/❯ 21 or over/);
    for (let i = 0; i < 2; i++) screen.keypress("up");
    screen.keypress("enter"); // 18
    await screen.next();
    expect(screen.getScreen()).toContain("typing speed");
    screen.type("300");
    screen.keypress("enter");
    await screen.next();
    expect(screen.getScreen()).toContain("faster than anyone types");
    for (let i = 0; i < 3; i++) screen.keypress("backspace");
    screen.type("48");
    screen.keypress("enter");
    await screen.next();
    // Audio typing starts on No: a skill is never claimed for the person.
    expect(screen.getScreen()).toMatch(/❯ No/);
    screen.keypress("up");
    screen.keypress("enter"); // audio typing: Yes
    await screen.next();
    screen.keypress("enter"); // terminology: none
    await screen.next();
    screen.keypress("enter"); // office: not really
    await screen.next();
    // England's own first, by full title; the other nations' behind the last item.
    expect(screen.getScreen()).toContain("GCSE English Language at grade 4/C or above");
    expect(screen.getScreen()).not.toContain("National 5 English");
    screen.keypress("space"); // tick the first qualification
    screen.keypress("enter");
    await screen.next();
    expect(screen.getScreen()).toContain("working towards a qualification now");
    screen.keypress("enter"); // working towards one now: No
    for (let i = 0; i < 4; i++) {
      await screen.next();
      screen.keypress("enter"); // experience: the default "none"
    }
    await screen.next();
    expect(screen.getScreen()).toMatch(/❯ Yes/);
    screen.keypress("down");
    screen.keypress("down");
    screen.keypress("enter"); // earn: Not sure
    await screen.next();
    screen.keypress("down");
    screen.keypress("enter"); // part-time: No
    await screen.next();
    expect(screen.getScreen()).toContain("How many hours a week can you work?");
    screen.type("70");
    screen.keypress("enter");
    await screen.next();
    expect(screen.getScreen()).toContain("from 1 to 60");
    for (let i = 0; i < 2; i++) screen.keypress("backspace");
    screen.type("16");
    screen.keypress("enter"); // hours: 16
    await screen.next();
    expect(screen.getScreen()).toContain("Do any of these apply to you?");
    screen.keypress("space"); // a carer
    screen.keypress("down");
    screen.keypress("down");
    // Adjustments never ask why.
    expect(screen.getScreen()).toContain("You need not say what it is");
    screen.keypress("enter");
    const answers = await result;
    expect(answers).toMatchObject({ hoursPerWeek: 16, circumstances: ["carer"] });
    expect(answers).toMatchObject({ target: "medical-secretary", nation: "england", currentJob: "customer-facing", ageGroup: "18", typingWpm: 48, audioTyping: true, qualifications: ["gcse-english"], canStudyPartTime: false });
    expect(answers.needsToEarnWhileLearning).toBeUndefined();
    expect(answers.experience).toEqual({ adminMonths: 0, customerServiceMonths: 0, healthcareMonths: 0, secretarialMonths: 0 });
  });
});
