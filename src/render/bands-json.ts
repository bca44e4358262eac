// JSON any command may print (toJson), and the bands command's own. Apart
// from json.ts, which words an assessment through the catalogue: bands --json
// and the reference commands start without loading it.

import type { PayScale } from "../engine/pay.js";
import { jsonSafe } from "./safe-text.js";
import type { BandsOutput } from "./output-schemas.js";

export function toJson(value: unknown): string {
  return `${jsonSafe(JSON.stringify(value, null, 2))}\n`;
}

export function bandsJson(scale: PayScale): BandsOutput {
  const { table, area, supplements } = scale;
  return {
    nation: table.nation,
    payYear: table.payYear,
    effectiveFrom: table.effectiveFrom,
    source: table.source,
    ...(area && supplements
      ? {
          area: {
            id: area.id,
            name: area.name,
            percent: area.percent,
            min: area.min,
            max: area.max,
            effectiveFrom: supplements.effectiveFrom,
            source: supplements.source,
          },
        }
      : {}),
    bands: scale.bands.map((b) => ({
      band: b.band,
      min: b.min,
      max: b.max,
      points: b.points.map((p) => ({
        afterYears: p.afterYears,
        salary: p.salary,
        ...(p.supplement !== undefined ? { supplement: p.supplement, total: p.total } : {}),
      })),
    })),
  };
}
