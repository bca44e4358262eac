// Every file medsec-path writes (handouts, --save, --save-answers) goes
// through here. A path is checked before any question is asked or any work
// done; a file lands whole or not at all: it is written to a temporary file in
// the same folder and renamed into place, so a full disk leaves no half a
// handout, and a link planted where a file will go is replaced, never followed.

import { randomBytes } from "node:crypto";
import { closeSync, constants, fchmodSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, statSync, unlinkSync, writeSync, fsyncSync, type Stats } from "node:fs";
import { basename, dirname, join, resolve, sep } from "node:path";
import { UsageError, WriteFailed } from "../errors.js";

/** What an errno means to the person at the keyboard. */
export function reasonFor(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case "ENOSPC":
      return "the disk is full (ENOSPC)";
    case "EDQUOT":
      return "the disk quota is used up (EDQUOT)";
    case "EROFS":
      return "the disk is read-only (EROFS)";
    case "EACCES":
    case "EPERM":
      return `permission denied (${e.code})`;
    case "EIO":
      return "the disk reported an input/output error (EIO)";
    case "ENOENT":
      return "it cannot be created there (ENOENT)";
    case "ENOTDIR":
      return "part of the path is a file, not a folder (ENOTDIR)";
    case "ENAMETOOLONG":
      return "the name is too long (ENAMETOOLONG)";
    default:
      return e?.code ? `${e.message}` : String(err);
  }
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (e) {
    // Nothing there: no such name, or a file where a folder on the way should be.
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw e;
  }
}

/** What a non-regular entry is, in words. */
function kindOf(stats: Stats): string {
  if (stats.isSymbolicLink()) return "a symbolic link";
  if (stats.isDirectory()) return "a folder";
  if (stats.isFIFO()) return "a pipe";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  return "not a regular file";
}

const tempName = (path: string) => join(dirname(path), `.${basename(path)}.${randomBytes(4).toString("hex")}.tmp`);
/** A temporary file of ours, as tempName makes them: the name it was to have inside. */
const TEMP_FILE = /^\.(.+)\.[0-9a-f]{8}\.tmp$/;
const PROBE_FILE = /^\.medsec-path-probe-[0-9a-f]{8}$/;

/**
 * Removes the temporary files a run killed part way (SIGKILL, a power cut)
 * left in `dir`: hidden, whole or half a file of someone's answers or
 * handout, and never finished, so never worth keeping. Only regular files
 * named as ours (for a name `ours` accepts, if given), never through a
 * link. Returns how many were removed.
 */
export function sweepLeftovers(dir: string, ours: (name: string) => boolean): number {
  let removed = 0;
  for (const f of readdirSync(dir)) {
    const inner = TEMP_FILE.exec(f)?.[1];
    if (!(inner !== undefined && ours(inner)) && !PROBE_FILE.test(f)) continue;
    const path = join(dir, f);
    if (!lstatOrUndefined(path)?.isFile()) continue;
    try {
      unlinkSync(path);
      removed++;
    } catch {
      // Gone already, or not ours to remove: the run goes on without it.
    }
  }
  return removed;
}

/** "-" means stdin to --answers, so as a place to write it is refused, never taken as a file named "-". */
function refuseDash(path: string, flag: string, what: string): void {
  if (path !== "-") return;
  throw new UsageError(`${flag} -: medsec-path does not write ${what} to stdout; give a ${flag === "--save-answers" ? "file name, such as me.yaml" : "folder name, such as handouts"} (for one named "-", write ./-)`);
}

/** Creates and removes a file in `dir`: the one test of "can I write here" that root, ACLs and network disks cannot fool. */
function probeWritable(dir: string, flag: string): void {
  const probe = join(dir, `.medsec-path-probe-${randomBytes(4).toString("hex")}`);
  try {
    closeSync(openSync(probe, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY | (constants.O_NOFOLLOW ?? 0)));
    unlinkSync(probe);
  } catch (e) {
    throw new UsageError(`${flag}: cannot write in ${dir}: ${reasonFor(e)}; choose a folder you can write to.`);
  }
}

/**
 * --save-answers FILE: the folder must exist and take files, and FILE must be
 * new, or with --force a regular file. Never a folder, a device or a link,
 * even a link to a file that does not exist yet.
 */
export function checkNewFile(path: string, force: boolean, flag: string): void {
  refuseDash(path, flag, "answers");
  // resolve() drops a trailing slash, so "dir/" would pass as a file named dir, and fail only when written.
  if (path.endsWith("/") || path.endsWith(sep) || [".", ".."].includes(basename(path))) {
    throw new UsageError(`${flag} ${path}: that names a folder; give a file name, such as ${join(path, "answers.yaml")}.`);
  }
  const dir = dirname(resolve(path));
  let dirStats: Stats;
  try {
    dirStats = statSync(dir);
  } catch {
    throw new UsageError(`${flag} ${path}: its folder does not exist; create the folder first, or give another path.`);
  }
  if (!dirStats.isDirectory()) throw new UsageError(`${flag} ${path}: ${dir} is not a folder; give another path.`);
  const stats = lstatOrUndefined(path);
  if (stats?.isDirectory()) throw new UsageError(`${flag} ${path}: that is a folder; give a file name, such as ${join(path, "answers.yaml")}.`);
  if (stats && !stats.isFile()) {
    throw new UsageError(`${flag} ${path}: that is ${kindOf(stats)}; medsec-path writes only regular files, never through a link, so give another name.`);
  }
  if (stats && !force) throw new UsageError(`${flag} ${path}: that file already exists; choose another name, or add --force to replace it.`);
  probeWritable(dir, flag);
  const name = basename(path);
  sweepLeftovers(dir, (inner) => inner === name);
}

/** Creates the folders missing on the way to `dir`, one level at a time (a recursive mkdir spins forever under /proc). */
function createFolder(dir: string, flag: string): void {
  const missing: string[] = [];
  let at = resolve(dir);
  for (;;) {
    const stats = lstatOrUndefined(at);
    if (stats) {
      // A link to a folder is a folder the person named; follow it.
      if (!statSync(at).isDirectory()) throw new UsageError(`${flag} ${dir}: ${at} is a file, not a folder; give a folder name (it is created if it does not exist).`);
      break;
    }
    missing.unshift(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const level of missing) {
    try {
      mkdirSync(level);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw new UsageError(`${flag} ${dir}: cannot create the folder ${level}: ${reasonFor(e)}; choose another folder.`);
    }
  }
}

/**
 * A folder to write a set of files into (--handouts, --save), checked before
 * any work: created if missing, writable, and holding no file of ours unless
 * --force; even with --force, an entry of ours that is not a regular file (a
 * link planted where a handout will go) stops the run before it starts.
 */
export function prepareOutputFolder(dir: string, flag: string, ours: RegExp, force: boolean): number {
  refuseDash(dir, flag, flag === "--handouts" ? "handouts" : "answers");
  createFolder(dir, flag);
  probeWritable(dir, flag);
  const swept = sweepLeftovers(dir, (inner) => ours.test(inner));
  const taken = readdirSync(dir).filter((f) => ours.test(f));
  const odd = taken.flatMap((f) => {
    const stats = lstatSync(join(dir, f));
    return stats.isFile() ? [] : [`${f} is ${kindOf(stats)}`];
  });
  if (odd.length > 0) {
    throw new UsageError(`${flag} ${dir}: ${listed(odd)}; medsec-path writes only regular files, never through a link, so remove ${odd.length === 1 ? "it" : "them"} or choose another folder.`);
  }
  if (taken.length > 0 && !force) {
    throw new UsageError(`${flag} ${dir}: the folder already holds ${listed(taken)}; nothing was written. Choose an empty folder, or add --force to replace them.`);
  }
  return swept;
}

/**
 * Removes the files of ours in `dir` (regular files whose names `ours`
 * accepts), so that a folder written again holds one run's files, not two
 * groups' mixed. Returns how many.
 */
export function clearOurFiles(dir: string, ours: RegExp): number {
  let removed = 0;
  for (const f of readdirSync(dir)) {
    if (!ours.test(f)) continue;
    const path = join(dir, f);
    // Anything else of ours (a link) stopped the run before it started; one planted since is left alone.
    if (!lstatOrUndefined(path)?.isFile()) continue;
    try {
      unlinkSync(path);
      removed++;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw new WriteFailed(`could not remove ${path}, a file of an earlier run: ${reasonFor(e)}; nothing new was written`);
    }
  }
  return removed;
}

function listed(names: string[]): string {
  return `${names.slice(0, 3).join(", ")}${names.length > 3 ? `, … (${names.length} in all)` : ""}`;
}

/** Writes all of `text` to an open file, however many calls that takes. */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, "utf8");
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
}

/**
 * Writes `text` to `path` whole or not at all, as a regular file: into a
 * temporary file beside it, then renamed into place. Without `replace` an
 * existing entry of any kind is left alone. Throws WriteFailed (exit 74) with
 * the reason; no temporary file is left behind.
 */
export function writeWhole(path: string, text: string, replace: boolean): void {
  const temp = tempName(path);
  let fd: number | undefined;
  try {
    // A file replaced keeps its permissions: an answers file kept private (0600) stays so.
    const replaced = replace ? lstatOrUndefined(path) : undefined;
    fd = openSync(temp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY | (constants.O_NOFOLLOW ?? 0), 0o644);
    if (replaced?.isFile()) fchmodSync(fd, replaced.mode & 0o777);
    writeAll(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (replace) {
      const there = lstatOrUndefined(path);
      if (there && !there.isFile()) throw new WriteFailed(`${path} is now ${kindOf(there)}; it was not replaced, and nothing was written there`);
      // rename replaces the entry itself: it never writes through a link.
      renameSync(temp, path);
    } else {
      placeIfAbsent(temp, path);
    }
  } catch (e) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already failing: the write's own error is the one to report
      }
    }
    try {
      unlinkSync(temp);
    } catch {
      // renamed into place, or never created
    }
    if (e instanceof WriteFailed) throw e;
    throw new WriteFailed(`could not write ${path}: ${reasonFor(e)}; no partial file was left`);
  }
}

/** Puts the finished temporary file at `path` unless something is there already, atomically where the disk allows. */
function placeIfAbsent(temp: string, path: string): void {
  try {
    // A hard link fails if anything (a file, a link, even a dangling one) holds the name.
    linkSync(temp, path);
    unlinkSync(temp);
    return;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new WriteFailed(`${path} appeared while medsec-path was working; it was left as it is`);
    // Some disks (FAT USB sticks) have no hard links: check, then rename.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "EXDEV" && code !== "EMLINK") throw e;
  }
  if (lstatOrUndefined(path)) throw new WriteFailed(`${path} appeared while medsec-path was working; it was left as it is`);
  renameSync(temp, path);
}
