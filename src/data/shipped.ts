// The shipped data, as the build validated and wrote it next to the bundle
// (dist/dataset.json). Reading JSON here keeps yaml and zod off the start-up
// path of every command that has no --data folder.

import { readFileSync } from "node:fs";
import type { Passage } from "../engine/typing.js";
import type { Dataset } from "../engine/types.js";

export function loadShippedDataset(): Dataset {
  return JSON.parse(readFileSync(new URL("./dataset.json", import.meta.url), "utf8")) as Dataset;
}

/** The shipped data with a --data folder layered over it, when one is given. */
export async function loadDataset(overlayDir?: string): Promise<Dataset> {
  const shipped = loadShippedDataset();
  if (overlayDir === undefined) return shipped;
  const { loadDataLayer } = await import("./load.js");
  return loadDataLayer(overlayDir, shipped);
}

/** The typing test's passages, as the build validated them (dist/passages.json), with a --data folder's layered over them. */
export async function loadPassages(overlayDir?: string): Promise<Passage[]> {
  const shipped = JSON.parse(readFileSync(new URL("./passages.json", import.meta.url), "utf8")) as Passage[];
  if (overlayDir === undefined) return shipped;
  const { layerPassages } = await import("./passages.js");
  return layerPassages(shipped, overlayDir);
}
