// Where one person stands against any role: their skills as their answers and
// qualifications show them, and their gaps. Gaps are the same for everyone
// who stands the same against a requirement in a nation, so each is worked
// out once and shared (frozen) by every report that has it: a workshop of
// 10,000 has a few thousand different gaps, not 220,000.

import { assessRequirement, isReady, isReadyIfConfirmed, skillsOf, standingKeys } from "./gaps.js";
import { fillIn, nationInfo } from "./nations.js";
import { findTable } from "./pay.js";
import { impliedFacts } from "./person.js";
import type { GapsFor } from "./routes.js";
import { inSentence } from "./words.js";
import type { Dataset, Gap, Implied, Nation, NationInfo, PayTable, Profile, Requirement, Role } from "./types.js";

/** What a nation says to everyone in it, and the gaps met in it so far. */
export interface NationWords {
  info: NationInfo | undefined;
  /** The nation's newest pay table. */
  table: PayTable | undefined;
  /** The nation's own advice, by requirement id. */
  advice: Partial<Record<string, unknown>> | undefined;
  notes: NonNullable<NationInfo["notes"]>;
  /** A note's text filled in for a role, each worked out once. */
  filled(text: string, role: Role): string;
  /** The gaps met so far in this nation, by requirement and standingKey. */
  gaps: Map<Requirement, Map<string, Gap>>;
}

/** Gaps kept per requirement and nation before starting afresh: a million rows stay within memory. */
const GAPS_KEPT = 5000;

const nationWordsCache = new WeakMap<Dataset, Map<Nation, NationWords>>();

/** The same for every report in a nation, so gathered once per dataset. */
export function nationWords(dataset: Dataset, nation: Nation): NationWords {
  let byNation = nationWordsCache.get(dataset);
  if (!byNation) nationWordsCache.set(dataset, (byNation = new Map()));
  let words = byNation.get(nation);
  if (!words) {
    const info = nationInfo(dataset, nation);
    const texts = new Map<string, string>();
    words = {
      info,
      table: findTable(dataset.pay, nation),
      advice: info?.advice,
      notes: info?.notes ?? [],
      filled: (text, role) => {
        const key = `${role.title}\0${text}`;
        let filled = texts.get(key);
        if (filled === undefined) texts.set(key, (filled = fillIn(text, inSentence(role.title), info, nation)));
        return filled;
      },
      gaps: new Map(),
    };
    byNation.set(nation, words);
  }
  return words;
}

export interface Standing {
  /** Facts worked out from other answers where a question was left blank. */
  implied: Implied[];
  /** The person's gaps for a role, and whether they are ready for it: worked out once per role. */
  gapsFor: GapsFor;
}

export function standingOf(profile: Profile, dataset: Dataset, nation: Nation, words: NationWords): Standing {
  // What they said, raised by their qualifications and by what their other answers imply.
  const implied = impliedFacts(profile);
  const skills = skillsOf(profile, dataset.qualifications, implied);
  const standingKey = standingKeys(profile, skills);
  // A role is asked about more than once (the target's onward roles, a route through one).
  const byRole = new Map<Role, ReturnType<GapsFor>>();
  const gapFor = (req: Requirement): Gap => {
    let byKey = words.gaps.get(req);
    if (!byKey) words.gaps.set(req, (byKey = new Map()));
    const key = standingKey(req);
    let gap = byKey.get(key);
    if (!gap) {
      if (byKey.size >= GAPS_KEPT) byKey.clear();
      byKey.set(key, (gap = Object.freeze(assessRequirement(req, profile, skills, dataset, nation, words.advice))));
    }
    return gap;
  };
  const gapsFor: GapsFor = (role) => {
    let fit = byRole.get(role);
    if (!fit) {
      const gaps = role.requirements.map(gapFor);
      byRole.set(role, (fit = { gaps, ready: isReady(gaps), readyIfConfirmed: isReadyIfConfirmed(gaps) }));
    }
    return fit;
  };
  return { implied, gapsFor };
}
