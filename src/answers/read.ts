// Reads an answers file, or standard input for "-": never more than a cap, so
// that `yes | medsec-path assess --answers -` ends with a message instead of
// filling the machine's memory.

import { accessSync, constants, createReadStream, existsSync, statSync } from "node:fs";
import { AnswersError, UsageError } from "../errors.js";
import { tooBigMessage, UTF16_ADVICE, utf16Problem } from "../data/read-file.js";
import type { Dataset, Profile } from "../engine/types.js";
import { parseAnswers } from "./parse.js";

/** An answers file is a few hundred bytes; a YAML list of a large group a few megabytes. */
export const ANSWERS_MAX_BYTES = 4 * 1024 * 1024;

export function utf16Error(file: string): AnswersError {
  return new AnswersError([{ file, message: UTF16_ADVICE }]);
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

/** A stream of the input's bytes: the file, or stdin for "-" (the run's own, handed in: never the process's by default). */
export function openInput(path: string, stdin: NodeJS.ReadableStream): NodeJS.ReadableStream {
  return path === "-" ? stdin : createReadStream(path);
}

/**
 * The text of an input file, or of stdin for "-"; `what` names it in the
 * error ("answers file"). More than `maxBytes` is refused (exit 65), and a
 * never-ending stdin is read only that far.
 */
export async function readInputText(path: string, what: string, hint: string, maxBytes: number, stdin: NodeJS.ReadableStream): Promise<string> {
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

export async function readAnswersText(path: string, stdin: NodeJS.ReadableStream): Promise<string> {
  return readInputText(path, "answers file", "Check the path, or run without --answers to answer the questions.", ANSWERS_MAX_BYTES, stdin);
}

export async function readAnswers(path: string, dataset: Dataset, stdin: NodeJS.ReadableStream): Promise<Profile> {
  return parseAnswers(await readAnswersText(path, stdin), dataset, path === "-" ? "<stdin>" : path);
}
