// Drives a program in a real terminal: a private tmux server, keys sent with
// send-keys, the screen read with capture-pane.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const hasTmux = spawnSync("tmux", ["-V"]).status === 0;

/** The CLI's last-resort message: no point waiting any longer once it shows. */
const CRASH = /hit an unexpected error/;

export interface TmuxOptions {
  width?: number;
  height?: number;
  env?: Record<string, string>;
  /** What waitFor looks at: the visible rows only, or scrollback too (the default). */
  watch?: "visible" | "scrollback";
}

export class Tmux {
  private readonly socket = `medsec-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  private readonly dir = mkdtempSync(join(tmpdir(), "medsec-tty-"));
  private readonly watch: "visible" | "scrollback";
  readonly rcFile = join(this.dir, "rc");

  constructor(command: string, opts: TmuxOptions = {}) {
    this.watch = opts.watch ?? "scrollback";
    // No pager unless a test asks for one (PAGER=less): a report taller than the terminal would otherwise wait in less for a key.
    const env = Object.entries({ NO_COLOR: "1", PAGER: "cat", ...opts.env }).flatMap(([k, v]) => ["-e", `${k}=${v}`]);
    this.tmux("new-session", "-d", "-s", "t", "-x", String(opts.width ?? 100), "-y", String(opts.height ?? 50), ...env, `${command}; echo $? > ${this.rcFile}; sleep 60`);
  }

  private tmux(...args: string[]): string {
    return execFileSync("tmux", ["-L", this.socket, ...args], { encoding: "utf8" });
  }

  /** What the terminal shows now: the visible rows only, wrapped lines joined. */
  visible(): string {
    return this.tmux("capture-pane", "-p", "-J", "-t", "t");
  }

  /** The visible rows and up to 1,000 lines of scrollback above them. */
  screen(): string {
    return this.tmux("capture-pane", "-p", "-J", "-S", "-1000", "-t", "t");
  }

  /**
   * Waits until the screen shows `text`; fails at once if the CLI crashed.
   * Prompts break their own long lines at the terminal's width (tmux cannot
   * join those), so the text may also run across a line end.
   */
  async waitFor(text: string | RegExp, timeoutMs = 10_000): Promise<string> {
    const end = Date.now() + timeoutMs;
    const shows = (s: string) => (typeof text === "string" ? s.includes(text) : text.test(s));
    for (;;) {
      const screen = this.watch === "visible" ? this.visible() : this.screen();
      if (shows(screen) || shows(screen.replace(/\n/g, ""))) return screen;
      if (CRASH.test(screen)) throw new Error(`the CLI crashed while waiting for ${String(text)}; screen:\n${screen}`);
      if (Date.now() > end) throw new Error(`timed out waiting for ${String(text)}; screen:\n${screen}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Whether the terminal shows its cursor (prompts hide it while drawing). */
  cursorVisible(): boolean {
    return this.tmux("display-message", "-p", "-t", "t", "#{cursor_flag}").trim() === "1";
  }

  type(text: string): void {
    this.tmux("send-keys", "-t", "t", "-l", "--", text);
  }

  keys(...keys: string[]): void {
    this.tmux("send-keys", "-t", "t", ...keys);
  }

  /** Pastes as a terminal does: at once, between bracketed-paste marks if the program asked for them. */
  paste(text: string): void {
    this.tmux("set-buffer", "--", text);
    this.tmux("paste-buffer", "-p", "-t", "t");
  }

  /** Resizes the terminal, as dragging its window's corner does. */
  resize(width: number, height: number): void {
    this.tmux("resize-window", "-t", "t", "-x", String(width), "-y", String(height));
  }

  async exitCode(timeoutMs = 10_000): Promise<number> {
    const end = Date.now() + timeoutMs;
    while (!existsSync(this.rcFile) || readFileSync(this.rcFile, "utf8").trim() === "") {
      if (Date.now() > end) throw new Error(`program did not exit; screen:\n${this.visible()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return Number(readFileSync(this.rcFile, "utf8").trim());
  }

  close(): void {
    spawnSync("tmux", ["-L", this.socket, "kill-server"]);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
