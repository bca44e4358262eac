// The reference tables' own words (catalogue.ts, bands.ts): the roles, one
// role in full, the routes, the qualifications and the pay bands. Titles,
// summaries and notes come from the data; commands are put in as values,
// since they are typed, not read. Written as tagged templates like the rest
// of the catalogue (see tag.ts).

import type { Setting } from "../../engine/types.js";
import type { Tag } from "./tag.js";

export function referenceWordsOf(t: Tag) {
  return {
    // ---- roles, and one role ----
    roles: { title: t`Roles`, head: [t`Id`, t`Role`, t`Band: pay`, t`Where`] },
    /** Where a role is found, as the roles table says it. */
    settings: { "hospital-trust": t`hospital`, "gp-practice": t`GP practice`, "private-healthcare": t`private`, "community-trust": t`community` } satisfies Record<Setting, string>,
    /** A role's bands where the data holds no pay for them: "band 3, 4". */
    bands: (bands: string) => t`band ${bands}`,
    setByEmployer: t`set by employer`,
    payTitle: (nation: string, payYear: string) => t`Pay: Agenda for Change, ${nation}, ${payYear}, full time.`,
    noPayTable: (nation: string) => t`No pay table for ${nation}.`,
    rolesFoot: (command: string) => t`GP practices set their own pay. See one role in full: ${command}`,
    pay: t`Pay`,
    payHead: [t`Band`, t`Entry`, t`Top`],
    noBand: t`Set by the employer: no NHS band applies.`,
    /** A route that closes a gap, named among the qualifications and steps that do. */
    route: (title: string) => t`${title} (route)`,
    ruleOfThumb: (need: string) => t`${need} (rule of thumb)`,
    essential: t`essential`,
    desirable: t`desirable`,
    asks: { title: t`What employers ask for`, head: [t`Requirement`, t`Needed`, t`Essential?`, t`Helped by`] },
    /** A requirement's note, and whose rule of thumb its figure is, if it is one. */
    note: (title: string, note: string, rule: { by: string | undefined } | undefined) =>
      rule === undefined ? t`${title}: ${note}` : rule.by === undefined ? t`${title} (rule of thumb): ${note}` : t`${title} (${rule.by}'s rule of thumb): ${note}`,
    leadsTo: { title: t`Leads to`, head: [t`Role`, t`Band: pay`] },
    source: (url: string, asOf: string) => t`Source: ${url} (${asOf})`,

    // ---- routes ----
    routes: { title: (nation: string) => t`Routes (${nation})`, head: [t`Id`, t`Route`, t`Time`, t`Cost to you`, t`Paid`] },
    paid: { yes: t`yes`, no: t`no`, "if-working": t`alongside a job` },
    routesFoot: (command: string) => t`Which suits you depends on your answers: run ${command} to see yours ranked, with each step's pay.`,

    // ---- qualifications ----
    qualifications: {
      title: t`Qualifications`,
      titleIn: (nation: string) => t`Qualifications taken in ${nation}`,
      head: [t`Id`, t`Qualification`, t`Level`, t`Time`, t`Cost`, t`Status`],
    },
    takenIn: (nations: string) => t`In ${nations}`,
    /** A qualification's level as the data codes it: a number, "entry", "n/a" or a Scottish level ("SCQF 6"). */
    level: (level: string) => {
      if (level === "entry") return t`entry`;
      if (level === "n/a") return t`n/a`;
      const scqf = /^SCQF (\d+)$/.exec(level);
      return scqf ? t`SCQF ${scqf[1]!}` : level;
    },
    guidedHours: (hours: number) => t`${hours} guided hours`,
    notKnown: t`not known`,
    withdrawn: (on: string | undefined) => (on === undefined ? t`withdrawn` : t`withdrawn ${on}`),
    unconfirmed: t`not confirmed for 2026: check with the provider`,
    open: t`open`,
    seen: (date: string) => t` (seen ${date})`,
    qualificationsFoot: t`Where no source gives a time or a cost, it says so. A withdrawn qualification still counts if you hold it; no route sends anyone to it. Sources:`,

    // ---- pay bands ----
    bandsTitle: (nation: string, payYear: string, from: string) => t`NHS Agenda for Change pay, ${nation}, ${payYear} (from ${from})`,
    area: (name: string, percent: number, least: string, most: string) =>
      t`With the ${name} High Cost Area Supplement: ${percent}% of basic pay, at least ${least} and at most ${most} a year.`,
    bandsHead: [t`Band`, t`Entry`, t`Intermediate`, t`Top`],
    after: (years: string) => t` after ${years}`,
    withSupplement: (total: string) => t`${total} with supplement`,
    supplementSource: (url: string) => t`Supplement source: ${url}`,
    bandsSource: (url: string) => t`Source: ${url}`,
  };
}

export type ReferenceWords = ReturnType<typeof referenceWordsOf>;
