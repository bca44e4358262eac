// Checks that hold across data files: a role's band has pay, a role leads to
// roles that exist, a route pays a real band. Items loaded from files carry an
// Origin with their line; shipped items a --data folder sits over carry one
// without (they passed at build, so a problem there comes from the folder).

import type { Issue } from "../errors.js";
import { PLACEHOLDERS, unknownPlaceholders } from "../engine/nations.js";
import type { Dataset, RouteStepDef } from "../engine/types.js";
import { NATIONS } from "../engine/types.js";
import { closest } from "../engine/words.js";
import { formatPath, type Path, type YamlSource } from "./yaml-source.js";

export interface Origin {
  file: string;
  source: YamlSource;
  path: Path;
  /** A shipped item: the person cannot edit its file, only replace the item in their folder. */
  shipped?: boolean;
}

export function checkDataset(dataset: Dataset, origins: Map<object, Origin>): Issue[] {
  const issues: Issue[] = [];
  const report = (item: object, sub: Path, message: string) => {
    const origin = origins.get(item);
    if (!origin) return;
    const path = [...origin.path, ...sub];
    const fix = origin.shipped ? ` (this item is shipped data that your --data folder breaks: give your own version of it, with the same id, in the folder's ${origin.file.replace(/^shipped /, "")})` : "";
    issues.push({ file: origin.file, line: origin.source.lineOf(path), field: formatPath(path), message: message + fix });
  };

  const bands = new Set(dataset.pay.tables.flatMap((t) => t.bands.map((b) => b.band)));
  const roleIds = new Set(dataset.roles.map((r) => r.id));
  const qualIds = new Set(dataset.qualifications.map((q) => q.id));
  const routeIds = new Set(dataset.routes.map((r) => r.id));
  const stepIds = new Set(dataset.routes.flatMap((r) => r.steps.map((s) => s.id)));
  const requirementIds = new Set(dataset.roles.flatMap((r) => r.requirements.map((q) => q.id)));
  const closers = new Set([...qualIds, ...routeIds, ...stepIds]);
  const withdrawn = new Map(dataset.qualifications.filter((q) => q.status === "withdrawn").map((q) => [q.id, q.withdrawnOn ?? "?"]));
  // Looked up once per closedBy entry: built once, not searched each time.
  const routeById = new Map(dataset.routes.map((r) => [r.id, r]));
  const stepsById = new Map<string, RouteStepDef[]>();
  for (const r of dataset.routes) for (const s of r.steps) stepsById.set(s.id, [...(stepsById.get(s.id) ?? []), s]);
  const bandList = [...bands].sort().join(", ");
  // Text the engine fills in for the person's nation: a misspelt placeholder would be printed as it is.
  const placeholders = (item: object, sub: Path, text: string | undefined) => {
    for (const name of unknownPlaceholders(text ?? "")) {
      const guess = closest(name, [...PLACEHOLDERS]);
      report(item, sub, `"{${name}}" is not a placeholder${guess ? ` (did you mean {${guess}}?)` : ""}; the placeholders are ${PLACEHOLDERS.map((p) => `{${p}}`).join(", ")}`);
    }
  };

  for (const table of dataset.pay.tables) {
    const seenBands = new Set<string>();
    table.bands.forEach((band, b) => {
      if (seenBands.has(band.band)) report(table, ["bands", b, "band"], `band ${band.band} is listed twice in this table`);
      seenBands.add(band.band);
      band.points.forEach((point, p) => {
        const prev = band.points[p - 1];
        if (p === 0 && point.afterYears !== 0) report(table, ["bands", b, "points", p, "afterYears"], "the first pay point is the entry point, so afterYears must be 0");
        if (prev && point.afterYears <= prev.afterYears) report(table, ["bands", b, "points", p, "afterYears"], "pay points must be in order of afterYears");
        if (prev && point.salary < prev.salary) report(table, ["bands", b, "points", p, "salary"], "a later pay point cannot pay less than an earlier one");
      });
    });
  }
  for (const sup of dataset.pay.supplements) {
    sup.areas.forEach((area, a) => {
      if (area.min > area.max) report(sup, ["areas", a, "max"], "max must not be less than min");
    });
  }

  for (const role of dataset.roles) {
    placeholders(role, ["payNote"], role.payNote);
    role.bands.forEach((band, b) => {
      if (!bands.has(band)) report(role, ["bands", b], `"${band}" is not a band in any pay table (bands.yaml has ${bandList})`);
    });
    role.leadsTo.forEach((next, n) => {
      if (next === role.id) report(role, ["leadsTo", n], `a role cannot lead to itself; list the roles "${role.id}" leads on to`);
      else if (!roleIds.has(next)) report(role, ["leadsTo", n], `"${next}" is not a role id`);
    });
    const seen = new Set<string>();
    role.requirements.forEach((req, r) => {
      if (seen.has(req.id)) report(role, ["requirements", r, "id"], `requirement "${req.id}" appears twice in this role`);
      seen.add(req.id);
      req.closedBy.forEach((c, i) => {
        if (!closers.has(c)) {
          report(role, ["requirements", r, "closedBy", i], `"${c}" is not a qualification, route or route step id`);
          return;
        }
        // closedBy is advice on what to do next: never a qualification no one can enrol on.
        if (withdrawn.has(c)) {
          report(role, ["requirements", r, "closedBy", i], `"${c}" was withdrawn on ${withdrawn.get(c)}: name a qualification people can take now`);
          return;
        }
        // A route or step named as closing this gap must say so in its own steps' closes.
        const route = routeById.get(c);
        const steps = route ? route.steps : (stepsById.get(c) ?? []);
        if (steps.length > 0 && !steps.some((s) => s.closes.includes(req.id))) {
          report(role, ["requirements", r, "closedBy", i], `"${c}" does not close "${req.id}": none of its steps lists it in closes`);
        }
      });
      // A threshold says where it comes from: a published figure names its source, a rule of thumb whose it is.
      if (req.basis === "published" && !req.source) report(role, ["requirements", r, "basis"], "a published threshold needs a source (url and asOf)");
      if (req.basis === "rule-of-thumb" && !req.by) report(role, ["requirements", r, "by"], "a rule of thumb must say whose it is (by)");
      if (req.kind === "qualifications") {
        req.allOf.forEach((group, g) =>
          group.forEach((q, i) => {
            if (!qualIds.has(q)) report(role, ["requirements", r, "allOf", g, i], `"${q}" is not a qualification id`);
          }),
        );
      }
    });
  }

  for (const route of dataset.routes) {
    placeholders(route, ["title"], route.title);
    route.nationNotes.forEach((n, i) => placeholders(route, ["nationNotes", i, "note"], n.note));
    route.notes?.forEach((n, i) => placeholders(route, ["notes", i, "note"], n.note));
    route.targets.forEach((t, i) => {
      if (!roleIds.has(t)) report(route, ["targets", i], `"${t}" is not a role id`);
    });
    route.notIfHeld?.forEach((q, i) => {
      if (!qualIds.has(q)) report(route, ["notIfHeld", i], `"${q}" is not a qualification id`);
    });
    const seen = new Set<string>();
    route.steps.forEach((step, s) => {
      placeholders(route, ["steps", s, "title"], step.title);
      if (seen.has(step.id)) report(route, ["steps", s, "id"], `step "${step.id}" appears twice in this route`);
      seen.add(step.id);
      if (step.pay.kind === "band" && !bands.has(step.pay.band)) {
        report(route, ["steps", s, "pay", "band"], `"${step.pay.band}" is not a band in any pay table (bands.yaml has ${bandList})`);
      }
      step.closes.forEach((c, i) => {
        if (!requirementIds.has(c)) report(route, ["steps", s, "closes", i], `"${c}" is not a requirement id of any role`);
      });
      if (step.qualification !== undefined) {
        const q = dataset.qualifications.find((x) => x.id === step.qualification);
        if (!q) report(route, ["steps", s, "qualification"], `"${step.qualification}" is not a qualification id`);
        else if (q.status === "withdrawn") report(route, ["steps", s, "qualification"], `"${q.id}" was withdrawn on ${q.withdrawnOn}: a route cannot send anyone to it`);
        else {
          const where = step.nations ?? route.onlyIn;
          const missing = q.nations && (where ?? NATIONS).filter((n) => !q.nations!.includes(n));
          if (missing && missing.length > 0) report(route, ["steps", s, "qualification"], `"${q.id}" is not taken in ${missing.join(", ")}: limit the step with nations`);
        }
      }
      step.forTargets?.forEach((t, i) => {
        if (!route.targets.includes(t)) report(route, ["steps", s, "forTargets", i], `"${t}" is not one of this route's targets`);
      });
      if (step.skipIfReadyFor !== undefined && !roleIds.has(step.skipIfReadyFor)) report(route, ["steps", s, "skipIfReadyFor"], `"${step.skipIfReadyFor}" is not a role id`);
      if (step.via !== undefined) {
        if (!roleIds.has(step.via)) report(route, ["steps", s, "via"], `"${step.via}" is not a role id`);
        // One level only: the role gone through must be reachable without going through another.
        else if (dataset.routes.some((x) => x.targets.includes(step.via!) && x.steps.some((y) => y.via))) {
          report(route, ["steps", s, "via"], `"${step.via}" is reached by a route that itself goes through another role; go through one role at most`);
        } else if (!dataset.routes.some((x) => x.targets.includes(step.via!))) {
          report(route, ["steps", s, "via"], `no route leads to "${step.via}", so nobody can go through it`);
        }
      }
      if (step.buildsExperience !== undefined) {
        const ok = route.targets.every((t) => dataset.roles.find((x) => x.id === t)?.requirements.some((q) => q.id === step.buildsExperience && q.kind === "experience") ?? true);
        if (!ok) report(route, ["steps", s, "buildsExperience"], `"${step.buildsExperience}" is not an experience requirement of every role this route leads to`);
      }
    });
  }
  for (const info of dataset.nations) {
    info.notes?.forEach((note, i) => {
      note.ifOffered?.forEach((routeId, j) => {
        if (!routeIds.has(routeId)) {
          const guess = closest(routeId, [...routeIds]);
          report(info, ["notes", i, "ifOffered", j], `"${routeId}" is not a route${guess ? ` (did you mean ${guess}?)` : ""}; see medsec-path routes`);
        }
      });
    });
  }
  return issues;
}
