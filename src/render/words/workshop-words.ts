// The workshop's group views (workshop.ts, room-titles.ts): the group table
// shown to the room, the attendees table, their headings and counts. Written
// as tagged templates like the rest of the catalogue (see tag.ts). The
// command's options (--exact, --all) are put in as values: they are typed,
// not read, in every language.

import type { Tag } from "./tag.js";

export function workshopWordsOf(t: Tag) {
  return {
    /** A count too small to show the room without singling someone out. */
    fewerThan: (n: number) => t`fewer than ${n}`,
    /** An attendee without a name shown: by their row of the responses file. */
    row: (row: number) => t`row ${row}`,

    // ---- the group table ----
    group: { title: t`The group`, head: ["", t`Number`] },
    attendeesAssessed: t`Attendees assessed`,
    readyNow: t`Ready to apply now`,
    readyOnceChecked: t`Ready once they check an answer`,
    bestRoute: (title: string) => t`Best route: ${title}`,
    gap: (title: string, essential: boolean) => (essential ? t`Gap: ${title}` : t`Gap: ${title} (desirable)`),
    medianTyping: t`Median typing speed`,
    noSpeed: t`no one gave a speed`,
    speedNotShown: (fewer: number) => t`not shown (fewer than ${fewer} gave a speed)`,
    medianWpm: (wpm: number, known: number) => t`${wpm} wpm (of ${known} who knew it)`,
    /** Why counts of 1 and 2 are hidden; `exact` is the option that shows them. */
    hiddenRule: (fewer: number, exact: string) => t`Counts of 1 or 2 show as "fewer than ${fewer}" so that no one is singled out (${exact} shows them).`,
    /** The same, said plainly for a small group, where nearly every count is hidden. */
    hiddenSmall: (attendees: number, fewer: number, exact: string, json: string) =>
      t`With ${attendees === 1 ? t`1 attendee` : t`${attendees} attendees`}, most counts are 1 or 2, and an exact one would tell the room who is ready and who has which gap: they show as "fewer than ${fewer}". Staff can see them with ${exact}, or in ${json}.`,

    // ---- the attendees table ----
    attendees: { title: t`Attendees`, head: [t`Attendee`, t`Ready`, t`Main gaps`, t`Best route`, t`Time to the role`] },
    yes: t`yes`,
    ifConfirmed: t`if confirmed`,
    no: t`no`,
    /** Gaps in a cell, one after another. */
    gapJoin: t`; `,
    moreGaps: (n: number) => t`${n} more`,
    noneKnownCheck: (toCheck: string) => t`none known; check ${toCheck}`,
    none: t`none`,
    /** The attendees table cut short; the options are put in as typed. */
    showing: (shown: number, of: number, all: string, json: string, handouts: string) => t`Showing ${shown} of ${of} attendees. Add ${all} for every row, or use ${json} or ${handouts}.`,

    /** A room of several nations: words for data text's placeholders that fit every one of them (room-titles.ts). */
    room: { service: t`the health service`, serviceShort: t`NHS`, jobsSite: t`the jobs site`, apprenticeships: t`the apprenticeship service`, name: t`the UK` },
  };
}

export type WorkshopWords = ReturnType<typeof workshopWordsOf>;
