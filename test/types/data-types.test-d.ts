// Checked by tsc --noEmit, not run: the engine's data types are what the
// schemas give (src/model/schema.ts), not twins written by hand that could
// drift from them; and the engine types that --json passes on whole (a pay
// change, an implied fact) are what the output schemas promise.
import { expectTypeOf } from "vitest";
import type { z } from "zod";
import type {
  Band,
  Cost,
  Dataset,
  ExperienceRule,
  Grants,
  Implied,
  MinimumWage,
  NationInfo,
  NationNote,
  PayChange,
  PayData,
  PayNote,
  PayPoint,
  PayTable,
  Qualification,
  Range,
  Requirement,
  Role,
  RouteDef,
  RouteNote,
  RouteStep,
  RouteStepDef,
  Site,
  Source,
  StepPay,
  SupplementArea,
  SupplementTable,
  Unconfirmed,
} from "../../src/engine/types.js";
import type { Passage } from "../../src/engine/typing.js";
import type { bandsFile, datasetSchema, nationsFile, passagesFile, qualificationsFile, rolesFile, routesFile } from "../../src/model/schema.js";
import type { changeJson, whatIfJson } from "../../src/render/change-json.js";
import type { AssessOutput, AssessReportOutput, ChangeOutput } from "../../src/render/output-schemas.js";

type Item<S extends z.ZodType, K extends keyof z.output<S>> = z.output<S>[K] extends readonly (infer T)[] ? T : never;

// Each data file's items, as the loader hands them on.
expectTypeOf<Dataset>().toEqualTypeOf<z.output<typeof datasetSchema>>();
expectTypeOf<PayData>().toEqualTypeOf<z.output<typeof bandsFile>>();
expectTypeOf<Qualification>().toEqualTypeOf<Item<typeof qualificationsFile, "qualifications">>();
expectTypeOf<Role>().toEqualTypeOf<Item<typeof rolesFile, "roles">>();
expectTypeOf<RouteDef>().toEqualTypeOf<Item<typeof routesFile, "routes">>();
expectTypeOf<NationInfo>().toEqualTypeOf<Item<typeof nationsFile, "nations">>();
expectTypeOf<Passage>().toEqualTypeOf<Item<typeof passagesFile, "passages">>();
expectTypeOf<Dataset["pay"]>().toEqualTypeOf<PayData>();

// The parts the engine names, as they sit inside those items.
expectTypeOf<PayTable>().toEqualTypeOf<PayData["tables"][number]>();
expectTypeOf<Band>().toEqualTypeOf<PayTable["bands"][number]>();
expectTypeOf<PayPoint>().toEqualTypeOf<Band["points"][number]>();
expectTypeOf<Unconfirmed>().toEqualTypeOf<PayData["unconfirmed"][number]>();
expectTypeOf<SupplementTable>().toEqualTypeOf<PayData["supplements"][number]>();
expectTypeOf<SupplementArea>().toEqualTypeOf<SupplementTable["areas"][number]>();
expectTypeOf<MinimumWage>().toEqualTypeOf<NonNullable<PayData["minimumWage"]>[number]>();
expectTypeOf<Range>().toEqualTypeOf<NonNullable<Qualification["months"]>>();
expectTypeOf<Cost>().toEqualTypeOf<NonNullable<Qualification["cost"]>>();
expectTypeOf<Grants>().toEqualTypeOf<NonNullable<Qualification["grants"]>>();
expectTypeOf<Source>().toEqualTypeOf<Role["source"]>();
expectTypeOf<Requirement>().toEqualTypeOf<Role["requirements"][number]>();
expectTypeOf<RouteStepDef>().toEqualTypeOf<RouteDef["steps"][number]>();
expectTypeOf<StepPay>().toEqualTypeOf<RouteStepDef["pay"]>();
expectTypeOf<NationNote>().toEqualTypeOf<RouteDef["nationNotes"][number]>();
expectTypeOf<RouteNote>().toEqualTypeOf<NonNullable<RouteDef["notes"]>[number]>();
expectTypeOf<ExperienceRule>().toEqualTypeOf<Extract<NonNullable<RouteDef["unlessExperience"]>, readonly unknown[]>[number]>();
expectTypeOf<Site>().toEqualTypeOf<NationInfo["jobsSite"]>();
expectTypeOf<PayNote>().toEqualTypeOf<NonNullable<NationInfo["payNotes"]>[number]>();

// A step as the person takes it shares the data's fields, not copies of them.
expectTypeOf<RouteStep["months"]>().toEqualTypeOf<RouteStepDef["months"]>();
expectTypeOf<RouteStep["cost"]>().toEqualTypeOf<RouteStepDef["cost"]>();
expectTypeOf<RouteStep["setting"]>().toEqualTypeOf<RouteStepDef["setting"]>();

// What assess --json passes on as the engine made it.
// Its own pay point is a finding in the engine, worded into its notes for the JSON.
expectTypeOf<Omit<PayChange, "pointFinding">>().toEqualTypeOf<Omit<NonNullable<AssessReportOutput["payChange"]>, "pointFinding">>();
// An implied fact's reason is a finding in the engine, worded for the JSON.
expectTypeOf<Omit<Implied, "because">>().toEqualTypeOf<Omit<AssessReportOutput["implied"][number], "because" | "becauseFinding">>();

// What changed is built from the engine's looser types (a status is any
// string there, an answer any value), so it is not typed by its schema; its
// keys at least must be the schema's, and the runtime test checks the rest.
expectTypeOf<keyof ReturnType<typeof changeJson>>().toEqualTypeOf<keyof ChangeOutput>();
expectTypeOf<keyof ReturnType<typeof whatIfJson>>().toEqualTypeOf<keyof NonNullable<AssessOutput["whatIf"]>>();
