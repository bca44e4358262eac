// Colour for text output, switched on or off by the terminal decision in
// cli/io.ts, never by chalk's own detection (it ignores NO_COLOR).

import { Chalk } from "chalk";

export interface Style {
  color: boolean;
  heading(s: string): string;
  bold(s: string): string;
  dim(s: string): string;
  good(s: string): string;
  warn(s: string): string;
  bad(s: string): string;
}

export function makeStyle(color: boolean): Style {
  const c = new Chalk({ level: color ? 1 : 0 });
  return {
    color,
    heading: (s) => c.bold.cyan(s),
    bold: (s) => c.bold(s),
    dim: (s) => c.dim(s),
    good: (s) => c.green(s),
    warn: (s) => c.yellow(s),
    bad: (s) => c.red(s),
  };
}
