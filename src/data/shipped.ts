// The shipped data, as the build validated and wrote it next to the bundle
// (dist/dataset.json). Reading JSON here keeps yaml and zod off the start-up
// path of every command that has no --data folder.

import { readFileSync } from "node:fs";
import type { Passage } from "../engine/typing.js";
import type { Dataset } from "../engine/types.js";
import type { DataFileName } from "./schema.js";

/** Where the shipped data comes from: the build's JSON for the bundle; data/ itself for in-process tests. */
export interface Shipped {
  dataset(): Dataset;
  passages(): Passage[];
}

/** The JSON the build writes into `dir` (dist/), read when first asked for. */
export function shippedIn(dir: URL): Shipped {
  return {
    dataset: () => JSON.parse(readFileSync(new URL("dataset.json", dir), "utf8")) as Dataset,
    passages: () => JSON.parse(readFileSync(new URL("passages.json", dir), "utf8")) as Passage[],
  };
}

/** The shipped data with a --data folder layered over it, when one is given: all of it, or `only` the files a command uses. */
export async function loadDataset(shipped: Shipped, overlayDir?: string, only?: readonly DataFileName[]): Promise<Dataset> {
  const base = shipped.dataset();
  if (overlayDir === undefined) return base;
  const { loadDataLayer } = await import("./load.js");
  return loadDataLayer(overlayDir, base, false, only);
}

/** The typing test's passages, as the build validated them (dist/passages.json), with a --data folder's layered over them. */
export async function loadPassages(shipped: Shipped, overlayDir?: string): Promise<Passage[]> {
  const base = shipped.passages();
  if (overlayDir === undefined) return base;
  const { layerPassages } = await import("./passages.js");
  return layerPassages(base, overlayDir);
}
