// One name for each route in a workshop's tables. A route's title carries its
// nation's words ("Admin apprenticeship in NHS Scotland"); a room of several
// nations gets words that fit all ("in the health service"). The attendees
// table is built row by row as the group streams in, before the room's
// nations are known, so its titles are put into the room's words at the end.

import { fillIn, nationInfo, type PlaceWords } from "../engine/nations.js";
import { NATIONS, type Dataset, type Nation } from "../engine/types.js";
import { enGB, type Catalogue } from "./words/en-gb.js";

/** Route titles for the group: one nation's own words where all attendees share it, else the catalogue's words that fit a mixed room. */
export function roomRouteTitles(dataset: Dataset, nations: readonly Nation[], words: Catalogue = enGB): Map<string, string> {
  const only = nations.length === 1 ? nations[0]! : undefined;
  const room = words.report.workshop.room;
  const mixed: PlaceWords = { ...room, jobsSite: { name: room.jobsSite }, apprenticeships: { name: room.apprenticeships } };
  const info = only ? nationInfo(dataset, only) : mixed;
  return new Map(dataset.routes.map((r) => [r.id, fillIn(r.title, undefined, info, only ?? "england")]));
}

/** Attendees' rows with the route in `column` named as `titles` name it (a title in any nation's words is known by its route). */
export function inRoomTitles(rows: readonly string[][], column: number, dataset: Dataset, titles: ReadonlyMap<string, string>): string[][] {
  const ids = new Map<string, string>();
  for (const r of dataset.routes) for (const n of NATIONS) ids.set(fillIn(r.title, undefined, nationInfo(dataset, n), n), r.id);
  return rows.map((row) => {
    const id = ids.get(row[column] ?? "");
    const title = id === undefined ? undefined : titles.get(id);
    return title === undefined ? [...row] : row.map((cell, i) => (i === column ? title : cell));
  });
}
