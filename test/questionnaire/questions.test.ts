// The typed-answer rules and the questionnaire flow, driven by fake prompts.
import { describe, expect, it } from "vitest";
import { profileFromValue } from "../../src/answers/parse.js";
import { askAnswers, type Prompts } from "../../src/questionnaire/ask.js";
import { choicesOf, ELSEWHERE, qualificationGroups } from "../../src/questionnaire/questions.js";
import { parseDuration, parseWpm } from "../../src/answers/typed.js";
import { shippedDataset } from "../helpers/dataset.js";
import { earlierAnswer, EARLIER_ANSWERS, REGISTERED_ANSWERS } from "../../src/model/answers.js";

/** The experience questions, from their registry entries. */
const EXPERIENCE_QUESTIONS = (EARLIER_ANSWERS as readonly { key: string; question?: { message: string } }[]).filter((a) => a.key.startsWith("experience.")).map((a) => a.question!);
import { QUESTION_COUNT } from "../../src/questionnaire/ask.js";

describe("parseWpm", () => {
  it.each([
    ["45", 45],
    [" 60 wpm ", 60],
    ["0", 0],
    ["250", 250],
    // One rule for numbers in every input (issue 18, finding 11): as an answers file reads them, tenths (which the typing test gives) and all.
    ["41.5", 41.5],
    ["1e2", 100],
  ])("accepts %j", (text, value) => expect(parseWpm(text)).toEqual({ ok: true, value }));

  it.each(["", "don't know", "Not sure", "?"])("treats %j as unknown", (text) => expect(parseWpm(text)).toEqual({ ok: true, value: undefined }));

  it.each(["251", "-5", "4.", ".5", "+12", "fast", "0x10", "0o17", `1${" ".repeat(200)}wpm`])("refuses %j with a message", (text) => {
    const r = parseWpm(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.length).toBeGreaterThan(10);
  });
});

describe("parseDuration", () => {
  it.each([
    ["none", 0],
    ["", 0],
    ["2 years", 24],
    ["18 months", 18],
    ["1 year 6 months", 18],
    ["1y 6m", 18],
    ["1.5 years", 18],
    ["3 yrs and 2 mths", 38],
  ])("reads %j as %i months", (text, months) => expect(parseDuration(text)).toEqual({ ok: true, months }));

  it("refuses a bare number, which could be years or months", () => {
    const r = parseDuration("2");
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.error).toMatch(/years or months/);
  });

  it.each(["a while", "2 weeks", "years", "100 years"])("refuses %j", (text) => expect(parseDuration(text).ok).toBe(false));
});

/** The registered answer a question asks for, by its message. */
const registeredBy = (message: string) => REGISTERED_ANSWERS.find((a) => a.question.message === message);

/**
 * Fake prompts that answer from a script, and check each typed answer with
 * the prompt's own validate. The questions of the registry of answers are
 * answered from `registered` (by key), or left unsaid, and counted apart in
 * `registeredAsked`: `asked` holds the questions of 0.2.
 */
function scripted(answers: unknown[], registered: Record<string, unknown> = {}): Prompts & { asked: string[]; registeredAsked: string[] } {
  const queue = [...answers];
  const asked: string[] = [];
  const registeredAsked: string[] = [];
  const next = <T>(message: string, blank: unknown): T => {
    const def = registeredBy(message);
    if (def) {
      registeredAsked.push(def.key);
      return (def.key in registered ? registered[def.key] : blank) as T;
    }
    asked.push(message);
    if (queue.length === 0) throw new Error(`no scripted answer for: ${message}`);
    return queue.shift() as T;
  };
  return {
    asked,
    registeredAsked,
    select: async ({ message, choices }) => {
      const value = next<unknown>(message, choices.at(-1)!.value);
      if (!choices.some((c) => c.value === value)) throw new Error(`${String(value)} is not a choice for: ${message}`);
      return value as never;
    },
    input: async ({ message, validate }) => {
      const value = next<string>(message, "");
      const verdict = validate?.(value) ?? true;
      if (verdict !== true) throw new Error(`validate refused ${value}: ${verdict}`);
      return value;
    },
    checkbox: async ({ message }) => next(message, []),
  };
}

// Target, nation, job now, band (NHS staff only), age, then the skills.
// "Working towards a qualification now?" comes after those held: no.
const script = ["medical-secretary", "wales", "nhs-clinical", "5", "21+", "42", "yes", "some", "confident", ["gcse-english"], false, "2 years", "none", "6 months", "none", "yes", "unsure"];
const STUDYING = 10;
const TYPING = 5;

describe("askAnswers", () => {
  const dataset = shippedDataset();

  it("asks 17 questions of an NHS employee not working towards a qualification, and gives answers the file format accepts", async () => {
    const prompts = scripted(script);
    const answers = await askAnswers(prompts, dataset);
    expect(prompts.asked).toHaveLength(17);
    expect(answers).toEqual({
      target: "medical-secretary",
      nation: "wales",
      currentJob: "nhs-clinical",
      nhsBand: "5",
      ageGroup: "21+",
      typingWpm: 42,
      audioTyping: true,
      medicalTerminology: "some",
      officeSkills: "confident",
      qualifications: ["gcse-english"],
      experience: { adminMonths: 24, customerServiceMonths: 0, healthcareMonths: 6, secretarialMonths: 0 },
      needsToEarnWhileLearning: true,
      // Nothing ticked: none of these circumstances.
      circumstances: [],
    });
    // The same validation as an answers file.
    expect(profileFromValue(answers, dataset, "<questionnaire>").nation).toBe("wales");
  });

  it("asks the band only of NHS staff: sixteen questions for everyone else", async () => {
    const prompts = scripted(script.filter((_, i) => i !== 3).map((a, i) => (i === 2 ? "office" : a)));
    const answers = await askAnswers(prompts, dataset);
    expect(prompts.asked).toHaveLength(16);
    expect(prompts.asked.join("\n")).not.toMatch(/band/i);
    expect(answers).toMatchObject({ currentJob: "office" });
    expect(answers.nhsBand).toBeUndefined();
  });

  it("asks which qualification only of someone working towards one, and offers only those open and not held", async () => {
    let offered: string[] = [];
    const prompts = scripted([...script.slice(0, STUDYING), true, ["wales-medical-secretary-apprenticeship"], ...script.slice(STUDYING + 1)]);
    const checkbox = prompts.checkbox;
    prompts.checkbox = async (config) => {
      if (!registeredBy(config.message)) offered = config.choices.map((c) => String(c.value));
      return checkbox(config);
    };
    const answers = await askAnswers(prompts, dataset);
    expect(prompts.asked).toHaveLength(18);
    expect(prompts.asked[STUDYING + 1]).toMatch(/Which are you working towards/);
    expect(answers.studying).toEqual(["wales-medical-secretary-apprenticeship"]);
    expect(offered).toContain("wales-medical-secretary-apprenticeship");
    expect(offered).not.toContain("gcse-english"); // held
    const withdrawn = dataset.qualifications.filter((q) => q.status === "withdrawn").map((q) => q.id);
    expect(withdrawn.length).toBeGreaterThan(0);
    for (const id of withdrawn) expect(offered).not.toContain(id);
    expect(profileFromValue(answers, dataset, "<questionnaire>").studying).toEqual(["wales-medical-secretary-apprenticeship"]);
  });

  it("leaves out what the person would rather not say", async () => {
    const answers = await askAnswers(scripted(script.map((a, i) => (i === 2 ? "unsure" : i === 4 ? "unsure" : a)).filter((_, i) => i !== 3)), dataset);
    expect(answers.currentJob).toBeUndefined();
    expect(answers.ageGroup).toBeUndefined();
  });

  it("offers the person's own nation's English and maths first, by full title, and the rest behind one item", async () => {
    let offered: { value: unknown; name: string }[] = [];
    const prompts = scripted(script.map((a, i) => (i === 1 ? "scotland" : a)));
    const checkbox = prompts.checkbox;
    prompts.checkbox = async (config) => {
      if (!registeredBy(config.message)) offered = config.choices;
      return checkbox(config);
    };
    await askAnswers(prompts, dataset);
    const ids = offered.map((c) => String(c.value));
    expect(ids.slice(0, 2)).toEqual(["national-5-english", "national-5-maths"]);
    expect(offered[0]!.name).toBe("National 5 English (SCQF level 5)");
    // England's, Wales's and Northern Ireland's own are behind the last item, not in the list.
    expect(ids).not.toContain("gcse-english");
    expect(ids).not.toContain("essential-skills-wales-communication-l2");
    expect(ids.at(-1)).toBe(ELSEWHERE);
    expect(offered.at(-1)!.name).toBe("Qualifications from elsewhere in the UK");
    // Those taken across the UK are in the first list.
    expect(ids).toContain("degree");
  });

  it("ticking \"Qualifications from elsewhere in the UK\" lists the other nations' qualifications, each saying where", async () => {
    let second: { value: unknown; name: string; description?: string }[] = [];
    const prompts = scripted([...script.slice(0, 9), ["gcse-maths", ELSEWHERE], ["national-5-english"], ...script.slice(10)]);
    const checkbox = prompts.checkbox;
    prompts.checkbox = async (config) => {
      if (/elsewhere/.test(config.message)) second = config.choices;
      return checkbox(config);
    };
    const answers = await askAnswers(prompts, dataset);
    expect(answers.qualifications).toEqual(["gcse-maths", "national-5-english"]);
    expect(prompts.asked[10]).toMatch(/from elsewhere in the UK/);
    expect(second.map((c) => c.value)).toContain("national-5-english");
    expect(second.map((c) => c.value)).not.toContain("gcse-english"); // Wales's own: in the first list
    expect(second.find((c) => c.value === "national-5-english")!.description).toBe("Taken in Scotland.");
  });

  it("no label is an abbreviation to decode: every qualification is listed by its full title", () => {
    const { here, elsewhere } = qualificationGroups(dataset, "england");
    const names = [...here, ...elsewhere].map((c) => c.name);
    expect(names).toContain("Essential Skills Wales, Communication, level 2");
    expect(names).toContain("Medical Secretary apprenticeship, level 3 (Wales, framework M1611)");
    for (const short of ["ESW Communication L2", "Essential Skills Comm. L2", "Medical Sec. app. L3 (Wales)", "Business Administrator L3 app."]) expect(names).not.toContain(short);
    expect(here.length + elsewhere.length).toBe(dataset.qualifications.length);
    expect(here.every((c) => !/^Taken in/.test(c.description ?? ""))).toBe(true);
  });

  it("\"Yes\" to working towards one, then nothing ticked, asks again; Enter there goes back to No", async () => {
    const back = scripted([...script.slice(0, STUDYING), true, [], false, ...script.slice(STUDYING + 1)]);
    const none = await askAnswers(back, dataset);
    expect(back.asked[STUDYING + 2]).toMatch(/You ticked none/);
    expect(none.studying).toBeUndefined();
    const again = scripted([...script.slice(0, STUDYING), true, [], true, ["wales-medical-secretary-apprenticeship"], ...script.slice(STUDYING + 1)]);
    expect((await askAnswers(again, dataset)).studying).toEqual(["wales-medical-secretary-apprenticeship"]);
  });

  it("each choice question starts on a real answer, never on Not sure or Rather not say", async () => {
    const starts: Record<string, unknown> = {};
    const prompts = scripted(script);
    const select = prompts.select;
    prompts.select = async (config) => {
      starts[config.message] = config.default ?? config.choices[0]!.value;
      return select(config);
    };
    await askAnswers(prompts, dataset);
    expect(Object.values(starts)).not.toContain("unsure");
    expect(starts["What do you do now?"]).toBe("not-working");
    expect(starts["How old are you?"]).toBe("21+");
    expect(starts["Have you done audio typing (typing from dictation)?"]).toBe("no");
    expect(starts["Which Agenda for Change band are you on?"]).toBe("2");
  });

  it("every experience question gives the same example, true for everyone", () => {
    for (const q of EXPERIENCE_QUESTIONS) expect(q.message.endsWith(" (e.g. 2 years, or none)")).toBe(true);
    expect(EXPERIENCE_QUESTIONS.map((q) => q.message).join(" ")).not.toMatch(/blank/);
  });

  it("a student picks \"Studying, or not in a job now\" and the report reads \"studying, or not in a job\"", () => {
    const job = choicesOf(earlierAnswer("currentJob")!, dataset, "england").find((c) => c.value === "not-working")!;
    expect(job.name).toBe("Studying, or not in a job now");
    expect(job.description).toBe("studying, or not in a job");
  });

  it("records an unknown typing speed as unknown, not zero", async () => {
    const answers = await askAnswers(scripted(script.map((a, i) => (i === TYPING ? "" : a))), dataset);
    expect(answers.typingWpm).toBeUndefined();
  });

  it("refuses a typed answer the validator rejects", async () => {
    await expect(askAnswers(scripted(script.map((a, i) => (i === TYPING ? "300" : a))), dataset)).rejects.toThrow(/validate refused 300/);
  });
});

describe("the questions of the registry of answers", () => {
  const dataset = shippedDataset();
  // A school leaver: England, not in a job, 16 or 17, typing speed given, GCSEs, no experience.
  const schoolLeaver = ["medical-secretary", "england", "not-working", "16-17", "30", "no", "none", "basic", ["gcse-english", "gcse-maths"], false, "none", "none", "none", "none", "yes", "yes"];

  it("asks a school leaver two more screens (hours and circumstances): eighteen in all, as the README says", async () => {
    const prompts = scripted(schoolLeaver);
    await askAnswers(prompts, dataset);
    expect(prompts.registeredAsked).toEqual(["hoursPerWeek", "circumstances"]);
    expect(prompts.asked.length + prompts.registeredAsked.length).toBe(QUESTION_COUNT.typical);
    expect(QUESTION_COUNT.typical).toBe(18);
  });

  it("asks an adult not in work how long since their last job: three more screens at most for someone none applies to", async () => {
    const prompts = scripted(schoolLeaver.map((a, i) => (i === 3 ? "21+" : a)), { outOfWorkMonths: "6 years" });
    const answers = await askAnswers(prompts, dataset);
    expect(prompts.registeredAsked).toEqual(["hoursPerWeek", "circumstances", "outOfWorkMonths"]);
    expect(answers.outOfWorkMonths).toBe(72);
  });

  it("asks Welsh only in Wales, and years on band only of NHS staff with a band", async () => {
    // The script above: Wales, NHS clinical staff on band 5.
    const prompts = scripted(script, { hoursPerWeek: "18", circumstances: ["carer", "adjustments"], welsh: "fluent", bandYears: "6" });
    const answers = await askAnswers(prompts, dataset);
    expect(prompts.registeredAsked).toEqual(["hoursPerWeek", "circumstances", "welsh", "bandYears"]);
    expect(answers).toMatchObject({ hoursPerWeek: 18, circumstances: ["carer", "adjustments"], welsh: "fluent", bandYears: 6 });
    // The answers file's own check takes them.
    expect(profileFromValue(answers, dataset, "<questionnaire>")).toMatchObject({ hoursPerWeek: 18, welsh: "fluent", bandYears: 6 });
    const england = scripted(script.map((a, i) => (i === 1 ? "england" : a)));
    await askAnswers(england, dataset);
    expect(england.registeredAsked).not.toContain("welsh");
  });

  it("reads full-time hours, leaves a blank unsaid, and refuses hours out of range where they are typed", async () => {
    expect((await askAnswers(scripted(schoolLeaver, { hoursPerWeek: "Full time" }), dataset)).hoursPerWeek).toBe("full-time");
    const blank = await askAnswers(scripted(schoolLeaver), dataset);
    expect(blank.hoursPerWeek).toBeUndefined();
    await expect(askAnswers(scripted(schoolLeaver, { hoursPerWeek: "70" }), dataset)).rejects.toThrow(/validate refused 70/);
  });

  it("offers \"Rather not say\" on Welsh, which leaves it unsaid", async () => {
    const answers = await askAnswers(scripted(script), dataset);
    expect(answers.welsh).toBeUndefined();
  });
});

describe("the typing test offer", () => {
  const dataset = shippedDataset();
  // Answers like those above (office work, so no band question), with the typing speed left blank.
  const blank = ["medical-secretary", "wales", "office", "21+", "", "yes", "some", "confident", ["gcse-english"], false, "2 years", "none", "6 months", "none", "yes", "unsure"];
  const OFFER = /typing test/;

  /** Scripted prompts whose typing test gives `result`, counting its runs. */
  function withTest(answers: unknown[], result: number | undefined) {
    const prompts = scripted(answers);
    const runs = { count: 0 };
    return { prompts: { ...prompts, typingTest: async () => (runs.count++, result) }, runs, asked: prompts.asked };
  }
  const afterSpeed = (take: boolean) => [...blank.slice(0, 5), take, ...blank.slice(5)];

  it("is made when the speed is left blank, and the test's net wpm becomes the answer", async () => {
    const { prompts, runs, asked } = withTest(afterSpeed(true), 37);
    const answers = await askAnswers(prompts, dataset);
    expect(asked[5]).toMatch(OFFER);
    expect(runs.count).toBe(1);
    expect(answers.typingWpm).toBe(37);
    // The measured speed is judged like any other answer.
    expect(profileFromValue(answers, dataset, "<questionnaire>").typingWpm).toBe(37);
  });

  it("declined, the speed stays unknown and no test runs", async () => {
    const { prompts, runs } = withTest(afterSpeed(false), 37);
    expect((await askAnswers(prompts, dataset)).typingWpm).toBeUndefined();
    expect(runs.count).toBe(0);
  });

  it("a run that was not scored (a paste, nothing typed) leaves the speed unknown", async () => {
    const { prompts, runs } = withTest(afterSpeed(true), undefined);
    expect((await askAnswers(prompts, dataset)).typingWpm).toBeUndefined();
    expect(runs.count).toBe(1);
  });

  it("a measured speed the answers schema would refuse is not taken: the speed stays unknown and the answers stay valid", async () => {
    // 83,350 wpm once became the answer, and every answer was lost to exit 65 after the last question.
    for (const wild of [83_350, 250.5, -1, Number.NaN]) {
      const { prompts } = withTest(afterSpeed(true), wild);
      const answers = await askAnswers(prompts, dataset);
      expect(answers.typingWpm).toBeUndefined();
      expect(() => profileFromValue(answers, dataset, "<questionnaire>")).not.toThrow();
    }
    const { prompts } = withTest(afterSpeed(true), 250);
    expect((await askAnswers(prompts, dataset)).typingWpm).toBe(250);
  });

  it("is not made to someone who gave their speed", async () => {
    const { prompts, asked } = withTest(script, 37);
    expect((await askAnswers(prompts, dataset)).typingWpm).toBe(42);
    expect(asked.some((m) => OFFER.test(m))).toBe(false);
  });

  it("is not made where no test can run (prompts without one)", async () => {
    const prompts = scripted(blank);
    await askAnswers(prompts, dataset);
    expect(prompts.asked.some((m) => OFFER.test(m))).toBe(false);
  });
});

describe("durations in words", () => {
  it.each([
    ["two years", 24],
    ["six months", 6],
    ["a year", 12],
    ["one year and six months", 18],
  ])("reads %j as %i months", (text, months) => expect(parseDuration(text)).toEqual({ ok: true, months }));
});

describe("the band question", () => {
  const dataset = shippedDataset();
  it("offers the bands the nation pays: band 1 in Scotland alone", async () => {
    const bands = (nation: "england" | "scotland") => choicesOf(earlierAnswer("nhsBand")!, dataset, nation).map((c) => c.value);
    expect(bands("scotland")[0]).toBe("1");
    expect(bands("england")).not.toContain("1");
    expect(bands("england")).toEqual(["2", "3", "4", "5", "6", "7", "8a", "8b", "8c", "8d", "9", "unsure"]);
  });
});
