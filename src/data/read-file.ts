// Reading a file safely: only an ordinary file, never more than a cap, and
// with advice for text saved as UTF-16. Data files, answers files and
// workshop sheets all read through here.

import { closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, readSync } from "node:fs";

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
