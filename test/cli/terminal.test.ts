// The decisions the CLI layer makes once: colour, width, staleness, exit codes.
import { CommanderError } from "commander";
import { describe, expect, it } from "vitest";
import { staleWarning } from "../../src/cli/context.js";
import { exitCodeFor } from "../../src/cli/exit.js";
import { decideColor, tableWidth } from "../../src/cli/io.js";
import { payYearOf } from "../../src/engine/pay.js";
import { AnswersError, DataError, UsageError } from "../../src/errors.js";
import { shippedDataset } from "../helpers/dataset.js";

describe("decideColor", () => {
  it.each([
    [undefined, {}, true, true],
    [undefined, {}, false, false],
    [false, {}, true, false],
    [undefined, { NO_COLOR: "1" }, true, false],
    [undefined, { NO_COLOR: "" }, true, true], // set but empty does not count
    [undefined, { FORCE_COLOR: "1" }, false, true],
    [undefined, { FORCE_COLOR: "0" }, true, false],
    [undefined, { NO_COLOR: "1", FORCE_COLOR: "1" }, true, false],
    [undefined, { TERM: "dumb" }, true, false],
  ])("flag %s, env %j, tty %s → %s", (flag, env, tty, expected) => {
    expect(decideColor(flag, env, tty)).toBe(expected);
  });
});

describe("tableWidth", () => {
  it("uses the terminal's width, else COLUMNS within reason, else 80", () => {
    expect(tableWidth(120, "60")).toBe(120);
    expect(tableWidth(undefined, "60")).toBe(60);
    expect(tableWidth(undefined, "10")).toBe(80);
    expect(tableWidth(undefined, "wide")).toBe(80);
    expect(tableWidth(undefined, undefined)).toBe(80);
  });
});

describe("pay years and staleness", () => {
  it("starts a pay year on 1 April", () => {
    expect(payYearOf(new Date("2026-03-31T12:00:00Z"))).toBe("2025/26");
    expect(payYearOf(new Date("2026-04-01T00:00:00Z"))).toBe("2026/27");
    expect(payYearOf(new Date("2099-12-31T00:00:00Z"))).toBe("2099/00");
  });

  it("warns only when the newest pay year held is older than today's", () => {
    const pay = shippedDataset().pay;
    const newest = pay.tables.map((t) => t.payYear).sort().at(-1)!;
    const start = Number(newest.slice(0, 4));
    expect(staleWarning(pay, new Date(Date.UTC(start, 5, 1)))).toBeUndefined();
    const warning = staleWarning(pay, new Date(Date.UTC(start + 1, 3, 2)));
    expect(warning).toContain(newest);
    expect(warning).toContain(`${start + 1}/`);
  });
});

describe("exitCodeFor", () => {
  const capture = () => {
    let text = "";
    return { out: { write: (s: string) => (text += s) }, text: () => text };
  };

  it.each([
    [new UsageError("bad", "try this"), 2, /error: bad\ntry this/],
    [new DataError([{ file: "roles.yaml", line: 3, field: "roles[0].bands[0]", message: "nope" }]), 65, /roles\.yaml:3: roles\[0\]\.bands\[0\]: nope/],
    [new AnswersError([{ file: "me.yaml", line: 2, field: "typingWpm", message: "too fast" }]), 65, /me\.yaml:2: typingWpm: too fast/],
    [Object.assign(new Error("User force closed the prompt"), { name: "ExitPromptError" }), 130, /Interrupted\./],
    [new CommanderError(1, "commander.unknownOption", "error: unknown option"), 2, /^$/],
    [new CommanderError(0, "commander.helpDisplayed", "(outputHelp)"), 0, /^$/],
    [new TypeError("x is undefined"), 1, /unexpected error: x is undefined/],
  ])("%s → %i", (err, code, message) => {
    const c = capture();
    expect(exitCodeFor(err, c.out)).toBe(code);
    expect(c.text()).toMatch(message);
    expect(c.text()).not.toMatch(/\n\s+at /);
  });

  it("shows the stack of an unexpected error only with DEBUG", () => {
    const c = capture();
    exitCodeFor(new Error("boom"), c.out, true);
    expect(c.text()).toMatch(/\n\s+at /);
  });
});
