// The one way medsec-path writes a file, tested on the module: whole or not
// at all, never through a link, and a failing write (injected here; the
// end-to-end tests use a real full disk where the machine allows one) leaves
// neither the target nor a temporary file behind.
import { existsSync, lstatSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { scratch } from "../helpers/scratch.js";

// writeSync fails (as a full disk would) once `failAfter` bytes have gone through it.
const inject = vi.hoisted(() => ({ failAfter: Infinity, written: 0 }));
vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs")>();
  const writeSync = ((fd: number, buffer: Uint8Array, offset?: number, length?: number) => {
    const want = length ?? buffer.length - (offset ?? 0);
    if (inject.written + want > inject.failAfter) {
      // Half of what fits, then nothing: the disk filled during the write.
      const fits = Math.max(0, inject.failAfter - inject.written);
      if (fits > 0) {
        inject.written += real.writeSync(fd, buffer, offset ?? 0, fits);
        return fits;
      }
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", errno: -28 });
    }
    inject.written += want;
    return real.writeSync(fd, buffer, offset ?? 0, want);
  }) as typeof real.writeSync;
  return { ...real, writeSync, default: { ...real, writeSync } };
});

const { checkNewFile, prepareOutputFolder, writeWhole } = await import("../../src/cli/output-files.js");
const { UsageError, WriteFailed } = await import("../../src/errors.js");

const { fresh, root } = scratch("medsec-files-");
let n = 0;
afterEach(() => {
  inject.failAfter = Infinity;
  inject.written = 0;
});

describe("writeWhole", () => {
  it("writes a new file, leaving no temporary file", () => {
    const dir = fresh();
    writeWhole(join(dir, "a.md"), "hello\n", false);
    expect(readdirSync(dir)).toEqual(["a.md"]);
    expect(readFileSync(join(dir, "a.md"), "utf8")).toBe("hello\n");
  });

  it("without replace, leaves an existing file alone", () => {
    const dir = fresh();
    writeFileSync(join(dir, "a.md"), "keep");
    expect(() => writeWhole(join(dir, "a.md"), "new", false)).toThrow(WriteFailed);
    expect(readFileSync(join(dir, "a.md"), "utf8")).toBe("keep");
    expect(readdirSync(dir)).toEqual(["a.md"]);
  });

  it("never writes through a link to a file elsewhere, with or without replace", () => {
    const dir = fresh();
    const outside = join(root(), `outside-${n++}.txt`);
    writeFileSync(outside, "SECRET");
    symlinkSync(outside, join(dir, "a.html"));
    expect(() => writeWhole(join(dir, "a.html"), "<p>handout</p>", false)).toThrow(WriteFailed);
    expect(() => writeWhole(join(dir, "a.html"), "<p>handout</p>", true)).toThrow(/symbolic link/);
    expect(readFileSync(outside, "utf8")).toBe("SECRET");
    expect(readdirSync(dir)).toEqual(["a.html"]);
  });

  it("a dangling link creates nothing outside the folder", () => {
    const dir = fresh();
    const target = join(root(), `nowhere-${n++}.md`);
    symlinkSync(target, join(dir, "a.md"));
    for (const replace of [false, true]) expect(() => writeWhole(join(dir, "a.md"), "text", replace)).toThrow(WriteFailed);
    expect(existsSync(target)).toBe(false);
    expect(lstatSync(join(dir, "a.md")).isSymbolicLink()).toBe(true);
  });

  it("replace swaps a regular file whole", () => {
    const dir = fresh();
    writeFileSync(join(dir, "a.md"), "old");
    writeWhole(join(dir, "a.md"), "new", true);
    expect(readFileSync(join(dir, "a.md"), "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["a.md"]);
  });

  it("a disk that fills during the write leaves no partial file, no temporary file, and says why", () => {
    const dir = fresh();
    inject.failAfter = 100;
    let error: unknown;
    try {
      writeWhole(join(dir, "a.html"), "x".repeat(10_000), false);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WriteFailed);
    expect((error as InstanceType<typeof WriteFailed>).exitCode).toBe(74);
    expect((error as Error).message).toMatch(/a\.html: the disk is full \(ENOSPC\); no partial file was left/);
    expect((error as Error).message).not.toContain("\n");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("a failed replace keeps the old file as it was", () => {
    const dir = fresh();
    writeFileSync(join(dir, "a.md"), "the old handout");
    inject.failAfter = 10;
    expect(() => writeWhole(join(dir, "a.md"), "y".repeat(5000), true)).toThrow(WriteFailed);
    expect(readFileSync(join(dir, "a.md"), "utf8")).toBe("the old handout");
    expect(readdirSync(dir)).toEqual(["a.md"]);
  });
});

describe("checks before any work", () => {
  it("checkNewFile refuses a folder, a link, a device and (without --force) a file, each exit 2 in one line", () => {
    const dir = fresh();
    writeFileSync(join(dir, "me.yaml"), "keep");
    symlinkSync(join(dir, "missing.yaml"), join(dir, "dangling.yaml"));
    const cases: [string, boolean, RegExp][] = [
      [dir, true, /is a folder/],
      [join(dir, "dangling.yaml"), true, /symbolic link/],
      [join(dir, "me.yaml"), false, /already exists.*--force/],
      [join(dir, "no-folder", "me.yaml"), false, /folder does not exist/],
    ];
    if (existsSync("/dev/null")) cases.push(["/dev/null", true, /a device/]);
    for (const [path, force, message] of cases) {
      let error: unknown;
      try {
        checkNewFile(path, force, "--save-answers");
      } catch (e) {
        error = e;
      }
      expect(error, path).toBeInstanceOf(UsageError);
      expect((error as Error).message, path).toMatch(message);
      expect((error as Error).message).not.toContain("\n");
      expect((error as InstanceType<typeof UsageError>).exitCode).toBe(2);
    }
    expect(() => checkNewFile(join(dir, "me.yaml"), true, "--save-answers")).not.toThrow();
    expect(() => checkNewFile(join(dir, "new.yaml"), false, "--save-answers")).not.toThrow();
    // The probe left nothing behind.
    expect(readdirSync(dir).sort()).toEqual(["dangling.yaml", "me.yaml"]);
  });

  it("prepareOutputFolder creates missing levels, and refuses our names taken (even with --force, by a link)", () => {
    const dir = fresh();
    const out = join(dir, "a", "b");
    prepareOutputFolder(out, "--handouts", /^\d{3}-.*\.md$/, false);
    expect(readdirSync(out)).toEqual([]);
    writeFileSync(join(out, "002-ann.md"), "x");
    expect(() => prepareOutputFolder(out, "--handouts", /^\d{3}-.*\.md$/, false)).toThrow(/already holds 002-ann\.md.*--force/);
    expect(() => prepareOutputFolder(out, "--handouts", /^\d{3}-.*\.md$/, true)).not.toThrow();
    symlinkSync("/etc/passwd", join(out, "003-bob.md"));
    expect(() => prepareOutputFolder(out, "--handouts", /^\d{3}-.*\.md$/, true)).toThrow(/003-bob\.md is a symbolic link/);
    // Other files in the folder are not ours, and not in the way.
    const other = fresh();
    writeFileSync(join(other, "notes.txt"), "x");
    expect(() => prepareOutputFolder(other, "--handouts", /^\d{3}-.*\.md$/, false)).not.toThrow();
  });

  it("a file where the folder should be is refused", () => {
    const dir = fresh();
    writeFileSync(join(dir, "file"), "x");
    expect(() => prepareOutputFolder(join(dir, "file"), "--save", /x/, false)).toThrow(/is a file, not a folder/);
    expect(() => prepareOutputFolder(join(dir, "file", "sub"), "--save", /x/, false)).toThrow(/is a file, not a folder/);
  });
});
