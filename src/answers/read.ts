// Reads an answers file, or standard input for "-": never more than a cap, so
// that `yes | medsec-path assess --answers -` ends with a message instead of
// filling the machine's memory.

import { accessSync, constants, createReadStream, existsSync, statSync } from "node:fs";
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

export function utf16Error(file: string): AnswersError {
  return new AnswersError([{ file, message: 'is saved as UTF-16 text; save it as UTF-8 instead (in Excel: Save As, "CSV UTF-8"; in most editors: Save with encoding UTF-8)' }]);
}

/** The path as the person typed it, checked: it must be an existing file (or "-"). */
export function checkInputPath(path: string, what: string, hint: string): void {
  if (path === "-") return;
  if (!existsSync(path)) throw new UsageError(`${what} "${path}" does not exist`, hint);
  if (statSync(path).isDirectory()) throw new UsageError(`${what} "${path}" is a folder, not a file`, hint);
  if (!readable(path)) throw new UsageError(`${what} "${path}" cannot be read (permission denied)`, "Check the file's permissions, or copy it somewhere you can read it.");
}

function readable(path: string): boolean {
  try {
    accessSync(path, constants.R_OK);
    return true;
  } catch {
    return false;
  }
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
  const tooBig = () =>
    new AnswersError([
      {
        file,
        message: `${path === "-" ? "gave" : "holds"} more than ${megabytes(maxBytes)}, the most medsec-path reads as ${what === "answers file" ? "an" : "a"} ${what}; ${path === "-" ? "check what is piped in" : "check that it is the right file"}`,
      },
    ]);
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
