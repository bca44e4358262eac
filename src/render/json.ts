// The public JSON shapes (DESIGN.md). Each is built field by field from engine
// objects, so a rename inside the engine cannot change what scripts read.

import type { PayScale } from "../engine/pay.js";

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function bandsJson(scale: PayScale) {
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
