// Whether a program is installed: an executable file of that name in a
// folder of $PATH. Asked before offering a pager, so that a machine without
// less prints the report as before.

import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

export function onPath(name: string, path = process.env.PATH ?? ""): boolean {
  return path.split(delimiter).some((dir) => {
    if (!dir) return false;
    try {
      accessSync(join(dir, name), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}
