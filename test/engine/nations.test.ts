// A nation's own words filled into data text: put in as written, in one pass.
import { describe, expect, it } from "vitest";
import { fillIn, nationInfo, unknownPlaceholders } from "../../src/engine/nations.js";
import type { NationInfo } from "../../src/engine/types.js";
import { shippedDataset } from "../helpers/dataset.js";

const england = nationInfo(shippedDataset(), "england")!;
const odd: NationInfo = { ...england, service: "NHS[$`]", serviceShort: "$'", jobsSite: { ...england.jobsSite, name: "JOBS[$&$&]{service}" } };

describe("fillIn", () => {
  it("fills each placeholder with the nation's words", () => {
    expect(fillIn("Apply on {jobsSite} to {service} for a {role} post in {nation}", "medical secretary", england, "england")).toBe(
      `Apply on ${england.jobsSite.name} to ${england.service} for a medical secretary post in England`,
    );
  });

  it("puts the words in as written: no $& or $` patterns, no placeholder read twice", () => {
    expect(fillIn("In {service} ({serviceShort}), see {jobsSite}.", undefined, odd, "england")).toBe("In NHS[$`] ($'), see JOBS[$&$&]{service}.");
  });

  it("leaves braces that name no placeholder as they are", () => {
    expect(fillIn("{servce} and {{service}}", undefined, england, "england")).toBe(`{servce} and {${england.service}}`);
  });
});

describe("unknownPlaceholders", () => {
  it("names what is in braces and not a placeholder, case and all", () => {
    expect(unknownPlaceholders("{service} {servce} {Service} {jobs site} {role}")).toEqual(["servce", "Service", "jobs site"]);
    expect(unknownPlaceholders("no braces")).toEqual([]);
  });
});
