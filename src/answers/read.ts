// Reads an answers file, or standard input for "-": never more than a cap, so
// that `yes | medsec-path assess --answers -` ends with a message instead of
// filling the machine's memory.

import { closeSync, constants, createReadStream, existsSync, fstatSync, lstatSync, openSync, readlinkSync, readSync, statSync } from "node:fs";
import { AnswersError, UsageError } from "../errors.js";
import type { Dataset, Profile } from "../engine/types.js";
import { parseAnswers } from "./parse.js";

/** An answers file is a few hundred bytes; a YAML list of a large group a few megabytes. */
export const ANSWERS_MAX_BYTES = 4 * 1024 * 1024;

export function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/**
 * Text saved as UTF-16 (Excel's "Unicode text", some Windows editors) reads
 * as noise in UTF-8: say what to do instead of listing the noise. `start` is
 * the first bytes of the input.
 */
export function utf16Problem(start: Uint8Array): boolean {
  if (start.length >= 2 && ((start[0] === 0xff && start[1] === 0xfe) || (start[0] === 0xfe && start[1] === 0xff))) return true;
  // No byte-order mark: ASCII text in UTF-16 has a zero byte beside every letter.
  const sample = start.subarray(0, 512 & ~1);
  if (sample.length < 8) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  return Math.max(evenZeros, oddZeros) >= pairs * 0.9 && Math.min(evenZeros, oddZeros) <= pairs * 0.1;
}

/** What to do about a file saved as UTF-16: the same advice for answers, CSVs and data files. */
export const UTF16_ADVICE = 'is saved as UTF-16 text; save it as UTF-8 instead (in Excel: Save As, "CSV UTF-8"; in most editors: Save with encoding UTF-8)';

export function utf16Error(file: string): AnswersError {
  return new AnswersError([{ file, message: UTF16_ADVICE }]);
}

/** Says that an input is over its cap, and what to check. `what` names it ("answers file"). */
export function tooBigMessage(maxBytes: number, what: string, fromStdin = false): string {
  const article = /^[aeiou]/i.test(what) ? "an" : "a";
  return `${fromStdin ? "gave" : "holds"} more than ${megabytes(maxBytes)}, the most medsec-path reads as ${article} ${what}; ${fromStdin ? "check what is piped in" : "check that it is the right file"}`;
}

export type FileText = { ok: true; text: string } | { ok: false; message: string };

/**
 * The text of a file that must be an ordinary file on disk (a data file),
 * or why it cannot be read, as words to follow its name. The file is opened
 * once and checked as opened, so that a pipe, a device (a link to
 * /dev/zero) or a folder is refused before a byte is read (O_NONBLOCK: a
 * pipe with no writer would otherwise block the open itself), and more than
 * `maxBytes` is refused before it fills memory.
 */
export function readOrdinaryFile(path: string, what: string, maxBytes: number): FileText {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { ok: false, message: cannotOpen(path, e as NodeJS.ErrnoException) };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, message: `is a folder; medsec-path reads this name as a ${what}, so rename or remove the folder` };
    if (!stat.isFile()) return { ok: false, message: `is not an ordinary file (it is a pipe, socket or device); copy the ${what} into an ordinary file of this name` };
    if (stat.size > maxBytes) return { ok: false, message: tooBigMessage(maxBytes, what) };
    // Read to the end, not to the size seen: a file may change as it is read, but never past the cap.
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(stat.size - size, 0) + 1, 1024 * 1024));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      size += n;
      if (size > maxBytes) return { ok: false, message: tooBigMessage(maxBytes, what) };
      chunks.push(chunk.subarray(0, n));
    }
    const bytes = Buffer.concat(chunks, size);
    if (utf16Problem(bytes)) return { ok: false, message: UTF16_ADVICE };
    return { ok: true, text: bytes.toString("utf8") };
  } catch (e) {
    return { ok: false, message: `could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); check the file` };
  } finally {
    closeSync(fd);
  }
}

function cannotOpen(path: string, e: NodeJS.ErrnoException): string {
  if (e.code === "ENOENT") {
    const link = lstatSync(path, { throwIfNoEntry: false });
    if (link?.isSymbolicLink()) return `is a link to "${readlinkSync(path)}", which does not exist; point the link at the file, or remove it`;
    return "does not exist";
  }
  if (e.code === "EACCES" || e.code === "EPERM") return "cannot be read (permission denied); check the file's permissions";
  if (e.code === "ELOOP") return "is a link that leads round in a loop; point it at the file, or remove it";
  return `could not be opened (${e.code ?? e.message}); check the file`;
}

/** The path as the person typed it, checked: it must be an existing file (or "-"). */
export function checkInputPath(path: string, what: string, hint: string): void {
  if (path === "-") return;
  if (!existsSync(path)) throw new UsageError(`${what} "${path}" does not exist`, hint);
  if (statSync(path).isDirectory()) throw new UsageError(`${what} "${path}" is a folder, not a file`, hint);
}

/** A stream of the input's bytes: the file, or stdin for "-". */
export function openInput(path: string, stdin: NodeJS.ReadableStream = process.stdin): NodeJS.ReadableStream {
  return path === "-" ? stdin : createReadStream(path);
}

/**
 * The text of an input file, or of stdin for "-"; `what` names it in the
 * error ("answers file"). More than `maxBytes` is refused (exit 65), and a
 * never-ending stdin is read only that far.
 */
export async function readInputText(path: string, what: string, hint: string, maxBytes = ANSWERS_MAX_BYTES, stdin?: NodeJS.ReadableStream): Promise<string> {
  checkInputPath(path, what, hint);
  const file = path === "-" ? "<stdin>" : path;
  const tooBig = () => new AnswersError([{ file, message: tooBigMessage(maxBytes, what, path === "-") }]);
  if (path !== "-" && statSync(path).size > maxBytes) throw tooBig();
  const input = openInput(path, stdin);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.length;
    if (size > maxBytes) {
      // Stop reading: whatever is writing into the pipe gets EPIPE, not our memory.
      (input as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      throw tooBig();
    }
    chunks.push(bytes);
  }
  const bytes = Buffer.concat(chunks);
  if (utf16Problem(bytes)) throw utf16Error(file);
  return bytes.toString("utf8");
}

export async function readAnswersText(path: string, stdin?: NodeJS.ReadableStream): Promise<string> {
  return readInputText(path, "answers file", "Check the path, or run without --answers to answer the questions.", ANSWERS_MAX_BYTES, stdin);
}

export async function readAnswers(path: string, dataset: Dataset, stdin?: NodeJS.ReadableStream): Promise<Profile> {
  return parseAnswers(await readAnswersText(path, stdin), dataset, path === "-" ? "<stdin>" : path);
}
