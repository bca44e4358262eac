// What a group looks like as a whole: how many are ready, which routes, which
// gaps are most common. Pure: names and privacy are the renderer's business.

import type { Report } from "./types.js";

export interface GroupSummary {
  attendees: number;
  ready: number;
  byRoute: Record<string, number>;
  commonGaps: { id: string; title: string; essential: boolean; count: number }[];
  medianTypingWpm: number | null;
  /** How many gave a typing speed: the median is of these. */
  typingKnown: number;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function summarise(reports: readonly Report[]): GroupSummary {
  const byRoute: Record<string, number> = {};
  const gaps = new Map<string, { id: string; title: string; essential: boolean; count: number }>();
  const speeds: number[] = [];
  let ready = 0;
  for (const r of reports) {
    if (r.ready) ready++;
    if (r.recommended) byRoute[r.recommended] = (byRoute[r.recommended] ?? 0) + 1;
    for (const g of r.gaps) {
      // Not known is not a gap: the group table counts only what people lack.
      if (g.status === "met" || g.status === "unknown") continue;
      const entry = gaps.get(g.id) ?? { id: g.id, title: g.title, essential: g.essential, count: 0 };
      entry.count++;
      gaps.set(g.id, entry);
    }
    if (r.profile.typingWpm !== undefined) speeds.push(r.profile.typingWpm);
  }
  return {
    attendees: reports.length,
    ready,
    byRoute,
    commonGaps: [...gaps.values()].sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1)),
    medianTypingWpm: median(speeds),
    typingKnown: speeds.length,
  };
}
