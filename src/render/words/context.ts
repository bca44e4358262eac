// A WordContext for one report: the catalogue, the dataset's titles by id
// and the nation's words. Every renderer words findings through one of these.

import { nationById, qualificationById } from "../../engine/lookup.js";
import type { Finding } from "../../engine/findings.js";
import type { Dataset, Nation, Role, RouteStep } from "../../engine/types.js";
import { enGB, type Catalogue, type WordContext } from "./en-gb.js";
import { phrasesOf } from "./phrases.js";

const phrasesCache = new WeakMap<Catalogue, ReturnType<typeof phrasesOf>>();

export function wordContext(dataset: Dataset, nation: Nation, target?: Role, words: Catalogue = enGB): WordContext {
  let phrases = phrasesCache.get(words);
  if (!phrases) phrasesCache.set(words, (phrases = phrasesOf(words.t)));
  return {
    ...phrases,
    words,
    serviceShort: nationById(dataset, nation)?.serviceShort ?? "NHS",
    requirementTitle: (id) => {
      const own = target?.requirements.find((r) => r.id === id);
      if (own) return own.title;
      for (const role of dataset.roles) for (const r of role.requirements) if (r.id === id) return r.title;
      return id;
    },
    roleTitle: (id) => dataset.roles.find((r) => r.id === id)?.title ?? id,
    qualificationTitle: (id) => qualificationById(dataset, id)?.title ?? id,
    qualificationName: (id) => {
      const q = qualificationById(dataset, id);
      return q?.short ?? q?.title ?? id;
    },
    requirementText: (id, field) => {
      const req = target?.requirements.find((r) => r.id === id) ?? dataset.roles.flatMap((r) => r.requirements).find((r) => r.id === id);
      const text = req && field in req ? (req as Record<string, unknown>)[field] : undefined;
      return typeof text === "string" ? text : "";
    },
    nationAdvice: (id) => nationById(dataset, nation)?.advice?.[id]?.text ?? "",
    nationInfo: (n = nation) => nationById(dataset, n),
    payUnconfirmed: (n, payYear, part) => dataset.pay.unconfirmed.find((u) => u.nation === n && u.payYear === payYear && u.what === part)?.why ?? "",
  };
}

/**
 * A step's title as the catalogues and routes list it: one that leads to a
 * qualification no source confirms is still open says to check with the provider.
 */
export function checkedStepTitle(title: string, qualificationId: string | undefined, dataset: Dataset, w: WordContext): string {
  const q = qualificationId === undefined ? undefined : qualificationById(dataset, qualificationId);
  return q?.status === "unconfirmed" ? word({ code: "check-still-offered", title, qualification: q.id }, w) : title;
}

/** A step's title as people read it: its data title, or what the engine found it to be (finishing a course begun). */
export function stepTitleWords(step: Pick<RouteStep, "title" | "titleFinding">, w: WordContext): string {
  return step.titleFinding ? word(step.titleFinding, w) : step.title;
}

/** One finding in words. */
export function word(finding: Finding, w: WordContext): string {
  const say = w.words.findings[finding.code] as (f: Finding, w: WordContext) => string;
  return say(finding, w);
}
