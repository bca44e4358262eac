// Reads an answers file, or standard input for "-": never more than a cap, so
// that `yes | medsec-path assess --answers -` ends with a message instead of
// filling the machine's memory.

import { accessSync, closeSync, constants, createReadStream, existsSync, fstatSync, openSync, readSync, statSync } from "node:fs";
import { Socket } from "node:net";
import { Readable } from "node:stream";
import { AnswersError, UsageError, type Issue } from "../errors.js";
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

/** An input opened: its bytes, and whether it is a pipe (a FIFO, or `<(…)` in a shell) rather than a file. */
export interface OpenInput {
  stream: NodeJS.ReadableStream;
  pipe: boolean;
}

/**
 * A stream of the input's bytes: the file, or stdin for "-" (the run's own,
 * handed in: never the process's by default). Opened with O_NONBLOCK: a FIFO
 * with nothing writing to it would otherwise block the open itself, for
 * ever. A pipe is read as a socket, which waits for a writer without
 * blocking anything else and ends when the writer does.
 */
export function openInput(path: string, stdin: NodeJS.ReadableStream): OpenInput {
  if (path === "-") return { stream: stdin, pipe: false };
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  const stats = fstatSync(fd);
  if (stats.isFIFO() || stats.isSocket()) return { stream: pipeStream(fd), pipe: true };
  if (stats.isFile()) return { stream: createReadStream("", { fd }), pipe: false };
  // A device (/dev/stdin on a terminal): read as it always was, blocking, up to the cap.
  closeSync(fd);
  return { stream: createReadStream(path), pipe: false };
}

/**
 * A pipe's bytes. One read is tried first, without waiting: a FIFO that no
 * program has open for writing reads as its end at once, but the kernel
 * would not wake a socket waiting on it until some writer came and went, so
 * that case ends here, as an empty input.
 */
function pipeStream(fd: number): NodeJS.ReadableStream {
  const head = Buffer.alloc(64 * 1024);
  let n: number;
  try {
    n = readSync(fd, head, 0, head.length, null);
  } catch (e) {
    // EAGAIN: a writer has it open, and has written nothing yet.
    if ((e as NodeJS.ErrnoException).code !== "EAGAIN") {
      closeSync(fd);
      throw e;
    }
    n = -1;
  }
  if (n === 0) {
    closeSync(fd);
    return Readable.from([]);
  }
  const socket = new Socket({ fd, readable: true, writable: false });
  if (n < 0) return socket;
  // Destroying the stream (input over the cap) ends the generator, which destroys the socket.
  return Readable.from(
    (async function* () {
      yield head.subarray(0, n);
      yield* socket;
    })(),
  );
}

/** What to say of a pipe that gave nothing: most likely nothing was writing to it. */
export function emptyPipeError(file: string): AnswersError {
  return new AnswersError([{ file, message: "is a pipe, and nothing wrote to it; start the program that writes to it first, or give an ordinary file" }]);
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
  const { stream: input, pipe } = openInput(path, stdin);
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
  if (pipe && bytes.length === 0) throw emptyPipeError(file);
  if (utf16Problem(bytes)) throw utf16Error(file);
  return bytes.toString("utf8");
}

export async function readAnswersText(path: string, stdin: NodeJS.ReadableStream): Promise<string> {
  return readInputText(path, "answers file", "Check the path, or run without --answers to answer the questions.", ANSWERS_MAX_BYTES, stdin);
}

/** `warn` is told of each answer the rules ignore for this person (parse.ts). */
export async function readAnswers(path: string, dataset: Dataset, stdin: NodeJS.ReadableStream, warn?: (issue: Issue) => void): Promise<Profile> {
  return parseAnswers(await readAnswersText(path, stdin), dataset, path === "-" ? "<stdin>" : path, warn);
}
