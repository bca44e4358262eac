// The pieces that let a group stream through in flat memory: the JSON list
// splitter, the running tally, and the --json text written piece by piece,
// each checked against the whole-in-memory way it replaces.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assess } from "../../src/engine/assess.js";
import { GroupTally, median, medianOfCounts, summarise } from "../../src/engine/workshop.js";
import { toJson } from "../../src/render/json.js";
import { mostCommon, summarySection, workshopJson, WorkshopJsonText, type WorkshopEntry } from "../../src/render/workshop.js";
import { JsonListError, JsonListSplitter } from "../../src/workshop/json-list.js";
import { listOutcomes } from "../../src/workshop/responses.js";
import { streamGroup, yamlItems } from "../../src/workshop/stream.js";
import { AnswersError } from "../../src/errors.js";
import { profile, shippedDataset } from "../helpers/dataset.js";

const dataset = shippedDataset();

/** Splits `text` into pieces at the given cut points, as a stream would deliver it. */
function pieces(text: string, cuts: number[]): string[] {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const c of at) {
    out.push(text.slice(from, c));
    from = c;
  }
  out.push(text.slice(from));
  return out;
}

function splitAll(text: string, cuts: number[] = []) {
  const s = new JsonListSplitter(1000);
  const items = pieces(text, cuts).flatMap((p) => s.push(p));
  s.end();
  return items;
}

describe("JsonListSplitter", () => {
  it("gives each top-level item of any JSON list, however the text is cut into pieces", () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 6 }), fc.boolean(), (list, cuts, pretty) => {
        const text = JSON.stringify(list, null, pretty ? 2 : undefined);
        const items = splitAll(text, cuts);
        expect(items.map((i) => JSON.parse(i.text))).toEqual(JSON.parse(text));
      }),
    );
  });

  it("is not fooled by brackets, commas and escaped quotes inside strings", () => {
    const list = [{ name: 'a ] b, "c" \\ [', x: [1, { y: "}" }] }, "]", ","];
    expect(splitAll(JSON.stringify(list), [3, 9, 17]).map((i) => JSON.parse(i.text))).toEqual(list);
  });

  it("says on which line each item starts", () => {
    expect(splitAll('[\n  {"a": 1},\n\n  {"b": 2}\n]').map((i) => i.line)).toEqual([2, 4]);
  });

  it.each([
    ["no closing ]", '[{"a": 1}', /no closing \]/],
    ["text after the list", '[{"a": 1}] x', /more text after/],
    ["an empty item", '[{"a": 1},,{"b": 2}]', /empty item/],
    ["a trailing comma", '[{"a": 1},]', /empty item/],
    ["not a list", '{"a": 1}', /should be a list/],
    ["nothing at all", "  ", /is empty/],
    ["an item longer than the cap", `[${JSON.stringify("x".repeat(2000))}]`, /longer than/],
  ])("refuses %s", (_what, text, message) => {
    expect(() => splitAll(text)).toThrow(JsonListError);
    expect(() => splitAll(text)).toThrow(message);
  });

  it("an empty list has no items", () => {
    expect(splitAll(" [ ] ")).toEqual([]);
  });
});

describe("GroupTally", () => {
  const reports = [
    assess(profile({ typingWpm: 30 }), dataset),
    assess(profile({ typingWpm: 65, audioTyping: true, medicalTerminology: "qualified", officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths"], experience: { secretarialMonths: 60, adminMonths: 60, healthcareMonths: 24 } }), dataset),
    assess(profile({ nation: "wales", experience: { customerServiceMonths: 36 } }), dataset),
    assess(profile({ typingWpm: 30, nation: "scotland" }), dataset),
  ];

  it("adds up to the same summary as summarising the whole list", () => {
    const tally = new GroupTally();
    for (const r of reports) tally.add(r);
    expect(tally.summary()).toEqual(summarise(reports));
    expect(tally.summary().attendees).toBe(4);
  });

  it("the median from counts equals the median of the list, for any speeds", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 250 })), (speeds) => {
        const counts = new Map<number, number>();
        for (const s of speeds) counts.set(s, (counts.get(s) ?? 0) + 1);
        expect(medianOfCounts(counts)).toBe(median(speeds));
      }),
    );
  });
});

describe("workshop --json written piece by piece", () => {
  const entries: WorkshopEntry[] = [
    { row: 2, name: "Ann", report: assess(profile({ typingWpm: 30 }), dataset) },
    { row: 4, report: assess(profile({ typingWpm: 70, audioTyping: true }), dataset) },
  ];
  const errors = [{ row: 3, column: "Typing speed (wpm)", message: '"quick" is not a typing speed' }];

  it.each([
    ["two attendees and an error", entries, errors],
    ["no attendees, only errors", [], errors],
    ["attendees and no errors", entries, []],
  ])("is the same text as the whole document: %s", (_what, list, errs) => {
    for (const names of [false, true]) {
      const writer = new WorkshopJsonText(names);
      const tally = new GroupTally();
      let text = writer.open();
      for (const e of list) {
        tally.add(e.report);
        text += writer.attendee(e);
      }
      text += writer.close(tally.summary(), errs);
      expect(text).toBe(toJson(workshopJson(list, errs, names)));
      expect(Object.keys(JSON.parse(text))).toEqual(["attendees", "errors", "summary"]);
    }
  });
});

describe("the group table keeps gaps that tie", () => {
  it("mostCommon keeps every gap tied with the last place", () => {
    const gaps = [9, 7, 5, 4, 3, 3, 3, 1].map((count, i) => ({ id: `g${i}`, count }));
    expect(mostCommon(gaps, 5).map((g) => g.count)).toEqual([9, 7, 5, 4, 3, 3, 3]);
    expect(mostCommon(gaps.slice(0, 3), 5)).toHaveLength(3);
  });

  it("the summary section shows the sixth gap when it ties with the fifth", () => {
    const summary = {
      attendees: 10,
      ready: 0,
      readyIfConfirmed: 0,
      byRoute: {},
      commonGaps: ["a", "b", "c", "d", "e", "f"].map((id, i) => ({ id, title: `Gap ${id}`, essential: true, count: i < 4 ? 8 - i : 3 })),
      medianTypingWpm: null,
      typingKnown: 0,
      nations: [],
    };
    const rows = summarySection(summary, new Map(), { names: false, exact: true }).rows.map((r) => r[0]);
    expect(rows).toContain("Gap: Gap e");
    expect(rows).toContain("Gap: Gap f");
  });
});

describe("streamGroup", () => {
  async function* bytes(...parts: (string | Buffer)[]): AsyncGenerator<Buffer> {
    for (const p of parts) yield Buffer.isBuffer(p) ? p : Buffer.from(p);
  }
  const collect = async (g: Awaited<ReturnType<typeof streamGroup>>) => {
    const out = [];
    for await (const o of g.outcomes) out.push(o);
    return out;
  };

  it("reads a CSV cut mid-row and mid-character the same as whole", async () => {
    const csv = "Name,Typing speed (wpm),Nation\r\nZoë,40,wales\r\nBen,fast,england\r\n";
    const buf = Buffer.from(csv);
    const cut = buf.indexOf("ë") + 1; // inside the two bytes of ë
    const outcomes = await collect(await streamGroup(bytes(buf.subarray(0, cut), buf.subarray(cut)), dataset, "g.csv", false));
    expect(outcomes.map((o) => o.kind)).toEqual(["attendee", "errors"]);
    expect(outcomes[0]).toMatchObject({ attendee: { row: 2, name: "Zoë", profile: { typingWpm: 40, nation: "wales" } } });
    expect(outcomes[1]).toMatchObject({ errors: [{ row: 3, column: "Typing speed (wpm)" }] });
  });

  it("tells a JSON list on stdin from a CSV by its first character", async () => {
    const list = await collect(await streamGroup(bytes('  [{"typingWpm": 40, "experience": {}}]'), dataset, "<stdin>", "sniff"));
    expect(list).toMatchObject([{ kind: "attendee", attendee: { row: 1, profile: { typingWpm: 40 } } }]);
  });

  it("a bad item in a JSON list is that item's error, with its line; the rest are read", async () => {
    const text = '[\n{"typingWpm": 40, "experience": {}},\n{"typingWpm": 400,\n "experience": {}},\n{"experience": {}}\n]';
    const outcomes = await collect(await streamGroup(bytes(text), dataset, "l.json", true));
    expect(outcomes.map((o) => o.kind)).toEqual(["attendee", "errors", "attendee"]);
    expect(outcomes[1]).toMatchObject({ errors: [{ row: 2, column: "typingWpm", message: expect.stringMatching(/^line 3: .*at most 250/) }] });
  });

  it("a UTF-16 file is refused with a way to fix it", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Name,Typing speed\r\nAnn,40\r\n", "utf16le")]);
    await expect(streamGroup(bytes(utf16), dataset, "u.csv", false)).rejects.toThrow(/UTF-8/);
  });

  it("a CSV row with no end is refused at the cap, not read into memory", async () => {
    async function* endless(): AsyncGenerator<Buffer> {
      yield Buffer.from("Name,Typing speed\r\n\"");
      for (let i = 0; i < 64; i++) yield Buffer.alloc(64 * 1024, "x");
    }
    const g = await streamGroup(endless(), dataset, "e.csv", false);
    await expect(collect(g)).rejects.toThrow(AnswersError);
  });
});

describe("a YAML list read item by item", () => {
  const FIXTURES = join(import.meta.dirname, "../fixtures/workshop");
  async function* bytesOf(text: string): AsyncGenerator<Buffer> {
    yield Buffer.from(text);
  }
  const read = async (text: string) => {
    const out = [];
    for await (const o of (await streamGroup(bytesOf(text), dataset, "l.yaml", true)).outcomes) out.push(o);
    return out;
  };

  it.each(["group.yaml", "list.yaml", "bad-item.yaml", "attendees.yaml"])("%s: the same outcomes, lines included, as the list parsed whole", async (name) => {
    const text = readFileSync(join(FIXTURES, name), "utf8");
    expect(await read(text)).toEqual(listOutcomes(text, dataset, "l.yaml"));
  });

  it("splits only a plain top-level list, and not one whose aliases may reach across items", () => {
    expect(yamlItems("# a group\n---\n- experience: {}\n  # two\n- experience: {}\n")?.map((i) => i.line)).toEqual([3, 5]);
    expect(yamlItems("attendees:\n  - experience: {}\n")).toBeUndefined();
    expect(yamlItems("- &base { experience: {} }\n- *base\n")).toBeUndefined();
    expect(yamlItems("- experience: {}\n---\n- experience: {}\n")).toBeUndefined();
  });

  it("an alias to another item still works, read whole", async () => {
    const outcomes = await read("- &base { typingWpm: 40, experience: {} }\n- *base\n");
    expect(outcomes.map((o) => o.kind)).toEqual(["attendee", "attendee"]);
  });
});
