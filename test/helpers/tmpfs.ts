// A small disk of our own, to see what the CLI does when one fills up or is
// read-only: a tmpfs mounted inside a private mount namespace (unshare -rm),
// so that nothing outside the test sees it and it vanishes with the process.
// Where the machine does not allow one, hasTmpfs is false and the tests that
// need it are skipped; output-files.test.ts injects the same failure instead.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BIN, ROOT, type Run } from "./cli.js";

function probe(): boolean {
  const dir = mkdtempSync(join(tmpdir(), "medsec-tmpfs-probe-"));
  try {
    const r = spawnSync("unshare", ["-rm", "sh", "-c", 'mount -t tmpfs -o size=16k tmpfs "$0" && echo mounted', dir], { encoding: "utf8" });
    return r.status === 0 && r.stdout.trim() === "mounted";
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const hasTmpfs = probe();

export interface TmpfsOptions {
  /** The disk's size in kB (tmpfs rounds up to whole 4 kB pages). */
  sizeKb: number;
  /** Mount it read-only. */
  readOnly?: boolean;
  /** Fill the disk before the CLI runs, so that the first byte written fails. */
  fill?: boolean;
  input?: string;
}

export interface TmpfsRun extends Run {
  /** What the disk held when the CLI had exited: paths relative to it, sorted. */
  files: string[];
  /** The text of each file under `keep` (paths relative to the disk). */
  contents: Record<string, string>;
}

const SCRIPT = `
set -e
mount -t tmpfs -o "size=\${SIZE}k\${RO}" tmpfs "$DISK"
if [ -n "$FILL" ]; then dd if=/dev/zero of="$DISK/fill" bs=1024 count="$SIZE" 2>/dev/null || true; fi
set +e
"$NODE" "$@"
rc=$?
(cd "$DISK" && find . -mindepth 1 | sed 's|^\\./||' | sort) > "$OUT/files"
for f in $KEEP; do [ -f "$DISK/$f" ] && cp "$DISK/$f" "$OUT/keep-$(echo "$f" | tr / _)"; done
exit $rc
`;

/**
 * Runs the built CLI with a fresh tmpfs at `{disk}` in its arguments (each
 * "{disk}" is replaced by the mount point). `keep` names files to copy out.
 */
export function runOnTmpfs(args: string[], opts: TmpfsOptions, keep: string[] = []): TmpfsRun {
  const disk = mkdtempSync(join(tmpdir(), "medsec-disk-"));
  const out = mkdtempSync(join(tmpdir(), "medsec-disk-out-"));
  try {
    const env: Record<string, string | undefined> = {
      ...process.env,
      NO_COLOR: "1",
      FORCE_COLOR: undefined,
      COLUMNS: undefined,
      SIZE: String(opts.sizeKb),
      RO: opts.readOnly ? ",ro" : "",
      FILL: opts.fill ? "1" : "",
      DISK: disk,
      OUT: out,
      KEEP: keep.join(" "),
      NODE: process.execPath,
    };
    for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
    const r = spawnSync("unshare", ["-rm", "sh", "-c", SCRIPT, "sh", BIN, ...args.map((a) => a.replaceAll("{disk}", disk))], {
      input: opts.input ?? "",
      env: env as NodeJS.ProcessEnv,
      cwd: ROOT,
      encoding: "utf8",
    });
    const files = readFileSync(join(out, "files"), "utf8").split("\n").filter(Boolean);
    const contents: Record<string, string> = {};
    for (const f of keep) {
      try {
        contents[f] = readFileSync(join(out, `keep-${f.replaceAll("/", "_")}`), "utf8");
      } catch {
        // not there: the test says whether it should have been
      }
    }
    return { code: r.status ?? -1, stdout: r.stdout.replaceAll(disk, "{disk}"), stderr: r.stderr.replaceAll(disk, "{disk}"), files, contents };
  } finally {
    rmSync(disk, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}

/** The shell line that runs a command with a fresh tmpfs at DISK, for a tmux session. */
export function tmpfsShell(disk: string, sizeKb: number, fill: boolean, command: string): string {
  const fillStep = fill ? `dd if=/dev/zero of=${disk}/fill bs=1024 count=${sizeKb} 2>/dev/null; ` : "";
  return `unshare -rm sh -c 'mount -t tmpfs -o size=${sizeKb}k tmpfs ${disk} && ${fillStep}${command}; rc=$?; echo; echo "disk holds: $(cd ${disk} && ls -A | tr "\\n" " ")"; exit $rc'`;
}
