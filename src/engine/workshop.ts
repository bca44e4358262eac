// What a group looks like as a whole: how many are ready, which routes, which
// gaps are most common. Pure: names and privacy are the renderer's business.

import type { AttendeeReport } from "./assess.js";
import type { Nation } from "./types.js";

export interface GroupSummary {
  attendees: number;
  ready: number;
  /** Not ready, but only for want of an answer: every essential requirement is met or not known. */
  readyIfConfirmed: number;
  byRoute: Record<string, number>;
  commonGaps: { id: string; title: string; essential: boolean; count: number }[];
  medianTypingWpm: number | null;
  /** How many gave a typing speed: the median is of these. */
  typingKnown: number;
  /** The nations the group works in: one nation's words where there is one. */
  nations: Nation[];
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The median of values held as counts (value -> how many), without a list of them all. */
export function medianOfCounts(counts: ReadonlyMap<number, number>): number | null {
  let total = 0;
  for (const n of counts.values()) total += n;
  if (total === 0) return null;
  const values = [...counts.keys()].sort((a, b) => a - b);
  // The value at 0-based position `at` in the sorted whole.
  const nth = (at: number): number => {
    let seen = 0;
    for (const v of values) {
      seen += counts.get(v)!;
      if (seen > at) return v;
    }
    return values.at(-1)!;
  };
  const mid = total >> 1;
  return total % 2 ? nth(mid) : (nth(mid - 1) + nth(mid)) / 2;
}

/**
 * The group summary kept as a running total, one report at a time, so that a
 * group of a million needs no more memory than a group of ten: typing speeds
 * are counted by value (a few hundred at most), not kept in a list.
 */
export class GroupTally {
  private attendees = 0;
  private ready = 0;
  private readyIfConfirmed = 0;
  private readonly byRoute: Record<string, number> = {};
  private readonly gaps = new Map<string, { id: string; title: string; essential: boolean; count: number }>();
  private readonly speeds = new Map<number, number>();
  private typingKnown = 0;
  private readonly nations = new Set<Nation>();

  add(r: AttendeeReport): void {
    this.attendees++;
    this.nations.add(r.nation);
    if (r.ready) this.ready++;
    else if (r.readyIfConfirmed) this.readyIfConfirmed++;
    if (r.recommended) this.byRoute[r.recommended] = (this.byRoute[r.recommended] ?? 0) + 1;
    for (const g of r.gaps) {
      // Not known is not a gap: the group table counts only what people lack.
      if (g.status === "met" || g.status === "unknown") continue;
      const entry = this.gaps.get(g.id);
      if (entry) entry.count++;
      else this.gaps.set(g.id, { id: g.id, title: g.title, essential: g.essential, count: 1 });
    }
    const wpm = r.profile.typingWpm;
    if (wpm !== undefined) {
      this.speeds.set(wpm, (this.speeds.get(wpm) ?? 0) + 1);
      this.typingKnown++;
    }
  }

  summary(): GroupSummary {
    return {
      attendees: this.attendees,
      ready: this.ready,
      readyIfConfirmed: this.readyIfConfirmed,
      byRoute: { ...this.byRoute },
      commonGaps: [...this.gaps.values()].map((g) => ({ ...g })).sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1)),
      medianTypingWpm: medianOfCounts(this.speeds),
      typingKnown: this.typingKnown,
      nations: [...this.nations],
    };
  }
}

export function summarise(reports: readonly AttendeeReport[]): GroupSummary {
  const tally = new GroupTally();
  for (const r of reports) tally.add(r);
  return tally.summary();
}
