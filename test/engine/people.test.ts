// A panel of people a careers adviser meets, and the advice an adviser would
// defend for each: the routes that may come first, the ones that must never be
// offered, and the words of the report that must quote what the person said.
// Each person's comment is the adviser's reading of them.
import { describe, expect, it } from "vitest";
import { assess } from "../../src/engine/assess.js";
import type { Profile, Report } from "../../src/engine/types.js";
import { reportModel } from "../../src/render/report-model.js";
import { profile, reasonTexts, shippedDataset } from "../helpers/dataset.js";

const dataset = shippedDataset();

/** Everything the report says in words: the verdict, every cell and note. */
function words(report: Report): string {
  const model = reportModel(report, dataset);
  return [model.verdict, ...model.sections.flatMap((s) => [s.title, ...s.rows.flat(), ...(s.notes ?? [])]), ...model.footnotes].join("\n");
}

const ids = (report: Report) => report.routes.map((r) => r.id);
const gap = (report: Report, id: string) => report.gaps.find((g) => g.id === id)!;

interface Person {
  who: string;
  /** What an adviser would say of them. */
  adviser: string;
  profile: Profile;
  /** Routes an adviser could defend as the first. */
  best: string[];
  /** Routes an adviser would never give them. */
  never?: string[];
  /** Words the first route's reasons must hold: the person's own answers, quoted back. */
  quotes?: RegExp;
  check?: (report: Report, text: string) => void;
}

const PANEL: Person[] = [
  {
    who: "a legal secretary of 8 years, office skills left blank",
    adviser: "Fast, audio types daily; only the medical words are new. Apply now and learn them alongside, or take a terminology course first.",
    profile: profile({ typingWpm: 72, audioTyping: true, medicalTerminology: "none", qualifications: ["gcse-english", "gcse-maths"], experience: { adminMonths: 96, secretarialMonths: 96 }, needsToEarnWhileLearning: true, canStudyPartTime: true, currentJob: "secretarial" }),
    best: ["apply-and-learn-in-post", "terminology-top-up"],
    never: ["receptionist-stepping-stone", "volunteering", "internal-move"],
    quotes: /8 years of secretarial or PA work/,
    check: (r, text) => {
      // Eight years is eight years everywhere: the kinds of work overlap, never add up.
      expect(gap(r, "admin-experience").have).toEqual({ code: "duration", months: 96 });
      expect(text).toMatch(/\n8 years\n/);
      expect(text).not.toMatch(/16 years/);
      // The blank Office answer is implied by her years as a secretary, and said so.
      expect(gap(r, "office-skills")).toMatchObject({ status: "met", implied: { code: "shown-by-work", months: 96, kind: "secretarial" } });
      expect(text).toMatch(/confident \(from 8 years of secretarial or PA work\)/);
    },
  },
  {
    who: "a band 6 nurse of 28 years who must leave clinical work",
    adviser: "Knows the terms better than any course teaches; needs typing, audio typing and office confidence. Move across inside the trust; be told the pay plainly.",
    profile: profile({ typingWpm: 35, audioTyping: false, medicalTerminology: "qualified", officeSkills: "basic", qualifications: ["gcse-english", "gcse-maths", "degree"], experience: { healthcareMonths: 336 }, needsToEarnWhileLearning: true, canStudyPartTime: true, currentJob: "nhs-clinical", nhsBand: "6", age: 52 }),
    best: ["internal-move", "terminology-top-up"],
    never: ["apprenticeship", "receptionist-stepping-stone", "volunteering"],
    quotes: /Open to you as NHS clinical staff/,
    check: (r, text) => {
      // England 2026/27: band 6 starts at £39,959; band 4 tops out at £31,157.
      expect(r.payChange).toMatchObject({ band: "6", direction: "cut", atLeast: 39959 - 31157 });
      // Her pay point is not known: the cut runs from the nearest points of the two bands to the farthest.
      expect(text).toMatch(/Medical secretary, band 4\n£28,392–£31,157: £8,802 to £19,725 a year less/);
      expect(text).toMatch(/not when you choose a lower-banded post/);
      // Coding uses what she knows and asks no typing speed: the report says she meets it now.
      expect(r.next.find((n) => n.id === "clinical-coder")?.ready).toBe(true);
    },
  },
  {
    who: "a care assistant in a private care home who must earn and cannot study",
    adviser: "Not NHS staff, so no moving across and no NHS pay rules; a band 2 post or bank shifts get him in and paid.",
    profile: profile({ typingWpm: 30, audioTyping: false, medicalTerminology: "some", officeSkills: "basic", qualifications: ["gcse-english"], experience: { healthcareMonths: 36, customerServiceMonths: 36 }, needsToEarnWhileLearning: true, canStudyPartTime: false, currentJob: "care-or-private-healthcare", age: 34 }),
    best: ["receptionist-stepping-stone", "bank-admin-work"],
    never: ["internal-move", "practice-move", "coding-from-inside"],
    check: (_r, text) => {
      expect(text).not.toMatch(/pay point|pay protection|NHS employee/i);
    },
  },
  {
    who: "a GP receptionist of two years",
    adviser: "Practices employ their own secretaries: cover the practice's typing and move up; a hospital post is a new employer.",
    profile: profile({ typingWpm: 42, audioTyping: false, medicalTerminology: "some", officeSkills: "basic", qualifications: ["gcse-english", "gcse-maths"], experience: { adminMonths: 24, customerServiceMonths: 24, healthcareMonths: 24 }, needsToEarnWhileLearning: true, canStudyPartTime: true, currentJob: "gp-practice" }),
    best: ["practice-move"],
    never: ["internal-move", "receptionist-stepping-stone"],
    quotes: /Open to you as GP practice staff/,
    check: (_r, text) => {
      expect(text).not.toMatch(/keep your pay point/i);
      expect(text).toMatch(/GP practices employ their own staff/);
    },
  },
  {
    who: "a band 4 NHS medical secretary who wants the next step up",
    adviser: "Four years in post, audio typing, qualified in terminology: apply for senior posts now.",
    profile: profile({ typingWpm: 65, audioTyping: true, medicalTerminology: "qualified", officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths"], experience: { adminMonths: 48, secretarialMonths: 48, healthcareMonths: 48 }, currentJob: "nhs-admin", nhsBand: "4", target: "senior-medical-secretary" }),
    best: ["direct-application"],
    check: (r) => {
      expect(r.ready).toBe(true);
      expect(r.payChange?.direction).toBe("overlap");
    },
  },
  {
    who: "the same band 4 secretary, aiming at medical secretary",
    adviser: "She holds the job already: the report should point her at the roles beyond it.",
    profile: profile({ typingWpm: 65, audioTyping: true, medicalTerminology: "qualified", officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths"], experience: { adminMonths: 48, secretarialMonths: 48, healthcareMonths: 48 }, currentJob: "nhs-admin", nhsBand: "4" }),
    best: ["direct-application"],
    check: (r, text) => {
      expect(text).toMatch(/If you already work as one, the roles it leads to are listed/);
      expect(r.next.find((n) => n.id === "senior-medical-secretary")?.ready).toBe(true);
    },
  },
  {
    who: "a 17-year-old aiming straight at medical PA",
    adviser: "A fine ambition, reached through a secretary post first: the route should show both legs.",
    profile: profile({ typingWpm: 30, audioTyping: false, medicalTerminology: "none", officeSkills: "basic", qualifications: ["gcse-english", "gcse-maths"], needsToEarnWhileLearning: true, canStudyPartTime: true, target: "medical-pa", age: 17, currentJob: "not-working" }),
    best: ["step-up"],
    never: ["direct-application"],
    check: (r, text) => {
      const steps = r.routes[0]!.steps;
      expect(steps.some((s) => s.viaRole === "medical-secretary")).toBe(true);
      expect(steps.at(-1)!.title).toMatch(/medical personal assistant post/);
      expect(text).toMatch(/Towards medical secretary:/);
    },
  },
  {
    who: "an experienced medical secretary aiming at team leader",
    adviser: "Three years in post: apply, with a short leadership course alongside.",
    profile: profile({ typingWpm: 60, audioTyping: true, medicalTerminology: "qualified", officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths"], experience: { secretarialMonths: 36, healthcareMonths: 36, adminMonths: 36 }, target: "secretarial-team-leader", currentJob: "nhs-admin", nhsBand: "3" }),
    best: ["direct-application"],
    check: (r) => {
      expect(r.routes[0]!.steps.map((s) => s.id)).toEqual(["leadership-course", "apply-for-posts"]);
      expect(r.payChange?.direction).toBe("rise");
    },
  },
  {
    who: "a ward clerk aiming at clinical coding, with no medical terms yet",
    adviser: "Typing speed does not matter in coding; learn the terms, ask to spend time with the coders, apply for a trainee post.",
    profile: profile({ typingWpm: 30, audioTyping: false, medicalTerminology: "none", officeSkills: "basic", qualifications: ["gcse-english", "gcse-maths"], experience: { adminMonths: 18, healthcareMonths: 18 }, currentJob: "nhs-admin", nhsBand: "2", target: "clinical-coder" }),
    best: ["coding-from-inside", "trainee-coder"],
    never: ["internal-move", "apprenticeship"],
    check: (r) => {
      expect(r.gaps.map((g) => g.id)).not.toContain("typing-speed");
      for (const route of r.routes) for (const step of route.steps) expect(step.title).not.toMatch(/typing/i);
    },
  },
  {
    who: "someone aiming at reception with no experience, no computer skills, who must earn",
    adviser: "Needs a paid way in: an apprenticeship pays from day one; unpaid volunteering cannot come first.",
    profile: profile({ officeSkills: "none", needsToEarnWhileLearning: true, target: "medical-receptionist", age: 19, currentJob: "not-working" }),
    best: ["apprenticeship"],
    check: (r) => {
      expect(r.routes[0]!.earns).toBe("yes");
      const volunteering = r.routes.find((x) => x.id === "volunteering");
      if (volunteering) expect(volunteering.fits).toBe(false);
    },
  },
  {
    who: "a 16-year-old in England who needs a wage",
    adviser: "Must stay in education or training until 18: an apprenticeship is the natural fit.",
    profile: profile({ typingWpm: 25, audioTyping: false, medicalTerminology: "none", officeSkills: "basic", qualifications: [], needsToEarnWhileLearning: true, canStudyPartTime: true, nation: "england", ageGroup: "16-17", currentJob: "not-working" }),
    best: ["apprenticeship"],
    quotes: /little work experience/,
    check: (r) => {
      expect(r.notes.join(" ")).toMatch(/education or training until you are 18/);
      // Under 19 in the second year too: the apprentice rate all through.
      const pay = r.routes[0]!.steps[0]!.pay;
      expect(pay.perHour).toBe(8);
      expect(pay.laterPerHour).toBe(8);
    },
  },
  {
    who: "a Scottish school leaver with National 5 English and Maths",
    adviser: "National 5s are what employers want; a Modern Apprenticeship with an NHS Scotland board, jobs on its own site.",
    profile: profile({ typingWpm: 30, audioTyping: false, medicalTerminology: "none", officeSkills: "basic", qualifications: ["national-5-english", "national-5-maths"], needsToEarnWhileLearning: true, canStudyPartTime: true, nation: "scotland", age: 17, currentJob: "not-working" }),
    best: ["apprenticeship"],
    check: (r, text) => {
      expect(gap(r, "english-maths").status).toBe("met");
      expect(r.routes[0]!.steps[0]!.id).toBe("admin-apprenticeship-scotland");
      expect(text).toMatch(/NHS Scotland/);
      expect(text).toMatch(/apply\.jobs\.scot\.nhs\.uk/);
      expect(text).not.toMatch(/England|Functional Skills|GCSE|Business Administrator|NHS Jobs\b(?! \()/);
    },
  },
  {
    who: "a Welsh school leaver",
    adviser: "Wales has an apprenticeship made for medical secretaries (M1611): that is the step. Its published page lists no units, so terminology and audio typing are learnt in post unless the provider says the pathway covers them.",
    profile: profile({ typingWpm: 30, audioTyping: false, medicalTerminology: "none", officeSkills: "basic", qualifications: [], needsToEarnWhileLearning: true, canStudyPartTime: true, nation: "wales", age: 17, currentJob: "not-working" }),
    best: ["apprenticeship"],
    check: (r, text) => {
      const steps = r.routes[0]!.steps.map((s) => s.id);
      expect(steps[0]).toBe("medical-secretary-apprenticeship-wales");
      // The framework's page shows credit totals, not units: it is not credited with terminology or audio typing.
      expect(steps).toContain("terminology-in-post");
      expect(r.routes[0]!.nationNote).toMatch(/covers office work; ask the provider whether it includes audio typing or terminology/);
      expect(text).toMatch(/Essential Skills Wales|ESW/);
      expect(text).not.toMatch(/England|Functional Skills|education or training until/);
    },
  },
  {
    who: "a Northern Irish school leaver",
    adviser: "Health and social care is HSC there, its jobs on HSC Jobs, its apprenticeships ApprenticeshipsNI with Essential Skills built in.",
    profile: profile({ typingWpm: 30, audioTyping: false, medicalTerminology: "none", officeSkills: "basic", qualifications: [], needsToEarnWhileLearning: true, canStudyPartTime: true, nation: "northern-ireland", age: 17, currentJob: "not-working" }),
    best: ["apprenticeship"],
    check: (r, text) => {
      expect(r.routes[0]!.title).toBe("Admin apprenticeship in HSC");
      expect(text).toMatch(/HSC Jobs/);
      expect(text).toMatch(/Essential Skills/);
      expect(text).not.toMatch(/England|Functional Skills|NHS Jobs\b|the NHS\b/);
    },
  },
  {
    who: "a graduate of 22 with no office work who types 40 wpm",
    adviser: "A degree does not make you type faster: a paid entry route builds the rest.",
    profile: profile({ typingWpm: 40, audioTyping: false, medicalTerminology: "none", officeSkills: "confident", qualifications: ["degree", "gcse-english", "gcse-maths"], experience: { customerServiceMonths: 6 }, needsToEarnWhileLearning: true, canStudyPartTime: true, age: 22, currentJob: "not-working" }),
    best: ["apprenticeship", "receptionist-stepping-stone"],
    check: (r) => {
      expect(gap(r, "typing-speed").status).toBe("partial");
    },
  },
  {
    who: "a returner: ten years a secretary, not working now",
    adviser: "The experience still counts; the terms are the gap. Apply and learn in post, or a course first.",
    profile: profile({ typingWpm: 55, audioTyping: true, medicalTerminology: "none", officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths", "text-processing"], experience: { secretarialMonths: 120, adminMonths: 120 }, needsToEarnWhileLearning: true, canStudyPartTime: true, currentJob: "not-working", age: 48 }),
    best: ["apply-and-learn-in-post", "terminology-top-up"],
    never: ["receptionist-stepping-stone", "volunteering"],
    quotes: /10 years of secretarial or PA work/,
    check: (r) => {
      // Not working: studying alongside a job does not pay her, and the report says so.
      const course = r.routes.find((x) => x.id === "terminology-top-up");
      if (course) expect(course.earns).toBe("no");
    },
  },
  {
    who: "a dyslexic person who types fast and has worked on a till for three years",
    adviser: "Speed is there; a band 2 post teaches the medical side, with audio typing on top.",
    profile: profile({ typingWpm: 70, audioTyping: false, medicalTerminology: "none", officeSkills: "basic", qualifications: ["gcse-maths"], experience: { customerServiceMonths: 36 }, needsToEarnWhileLearning: true, canStudyPartTime: false, currentJob: "customer-facing" }),
    best: ["receptionist-stepping-stone", "bank-admin-work"],
    quotes: /3 years of customer-facing work/,
    check: (r) => {
      expect(gap(r, "typing-speed").status).toBe("met");
      expect(r.routes[0]!.steps.map((s) => s.id)).not.toContain("typing-practice");
    },
  },
  {
    who: "a secretary trained overseas, five years' experience, no UK qualifications listed",
    adviser: "Experience counts whatever the country; English and maths are desirable, not a bar.",
    profile: profile({ typingWpm: 60, audioTyping: true, medicalTerminology: "none", officeSkills: "confident", qualifications: [], experience: { secretarialMonths: 60 }, needsToEarnWhileLearning: true, canStudyPartTime: true, currentJob: "secretarial" }),
    best: ["apply-and-learn-in-post", "terminology-top-up"],
    check: (r, text) => {
      expect(gap(r, "english-maths")).toMatchObject({ status: "missing", essential: false });
      expect(text).toMatch(/from 19 for adults without a GCSE grade 4\/C/);
    },
  },
  {
    who: "a 45-year-old leaving retail, who must earn",
    adviser: "Six years on a shop floor: start on reception. If an apprenticeship, the pay after year one is the adult minimum, not the apprentice rate.",
    profile: profile({ typingWpm: 38, audioTyping: false, medicalTerminology: "none", officeSkills: "basic", qualifications: ["gcse-english"], experience: { customerServiceMonths: 72 }, needsToEarnWhileLearning: true, canStudyPartTime: false, age: 45, currentJob: "customer-facing" }),
    best: ["receptionist-stepping-stone"],
    quotes: /6 years of customer-facing work/,
    check: (r) => {
      const pay = r.routes.find((x) => x.id === "apprenticeship")?.steps[0]!.pay;
      expect(pay?.perHour).toBe(8);
      expect(pay?.laterPerHour).toBe(12.71);
    },
  },
  {
    who: "someone who answered only about their experience",
    adviser: "Too little to go on: say what is not known and ask them to check it, without sending them down a long route for it.",
    profile: { ...profile({ experience: { adminMonths: 12 } }), qualificationsUnknown: true },
    best: ["direct-application"],
    check: (r, text) => {
      expect(r.readyIfConfirmed).toBe(true);
      expect(r.gaps.filter((g) => g.status === "unknown").map((g) => g.id)).toEqual(expect.arrayContaining(["typing-speed", "audio-typing", "medical-terminology"]));
      expect(text).toMatch(/You may be ready to apply/);
      expect(text).toMatch(/Not known/);
    },
  },
  {
    who: "someone who meets everything but did not give a typing speed",
    adviser: "Apply, but measure your speed first: employers test it.",
    profile: profile({ audioTyping: true, medicalTerminology: "some", officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths"], experience: { secretarialMonths: 24, healthcareMonths: 12 } }),
    best: ["direct-application"],
    quotes: /check your typing speed first/,
  },
  {
    who: "an NHS healthcare assistant on band 3, two years in, in England",
    adviser: "Move across inside the trust; an apprenticeship towards a band 3-4 post keeps her pay under England's 2024 rule.",
    profile: profile({ typingWpm: 40, audioTyping: false, medicalTerminology: "some", officeSkills: "basic", qualifications: ["gcse-english", "gcse-maths"], experience: { healthcareMonths: 24 }, needsToEarnWhileLearning: true, canStudyPartTime: true, currentJob: "nhs-clinical", nhsBand: "3", nation: "england" }),
    best: ["internal-move"],
    check: (r) => {
      const apprenticeship = r.routes.find((x) => x.id === "apprenticeship");
      if (apprenticeship) expect(apprenticeship.steps[0]!.pay).toMatchObject({ kept: true, band: "3" });
    },
  },
  {
    who: "the same healthcare assistant in Scotland",
    adviser: "Scotland has not published England's 2024 apprentice pay rule: no promise of keeping her pay there.",
    profile: profile({ typingWpm: 40, audioTyping: false, medicalTerminology: "some", officeSkills: "basic", qualifications: ["national-5-english", "national-5-maths"], experience: { healthcareMonths: 24 }, needsToEarnWhileLearning: true, canStudyPartTime: true, currentJob: "nhs-clinical", nhsBand: "3", nation: "scotland" }),
    best: ["internal-move"],
    check: (r, text) => {
      expect(text).not.toMatch(/keep your pay point/);
      expect(r.routes[0]!.title).toBe("Move across from inside NHS Scotland");
    },
  },
  {
    who: "someone out of work for a year with six months on a till, who must earn and cannot study",
    adviser: "Paid, on-the-job ways in only: no course should come first.",
    profile: profile({ typingWpm: 35, audioTyping: false, medicalTerminology: "none", officeSkills: "basic", qualifications: ["gcse-english", "gcse-maths"], experience: { customerServiceMonths: 6 }, needsToEarnWhileLearning: true, canStudyPartTime: false, currentJob: "not-working", age: 30 }),
    best: ["apprenticeship", "receptionist-stepping-stone", "bank-admin-work"],
    check: (r) => {
      expect(r.routes[0]!.earns).toBe("yes");
      // The courses are still shown, below, marked as not fitting: not hidden, not first.
      const courses = r.routes.filter((x) => x.id === "amspar-diploma" || x.id === "terminology-top-up");
      expect(courses.length).toBeGreaterThan(0);
      for (const route of courses) expect(route.fits, route.id).toBe(false);
    },
  },
  {
    who: "a nurse aiming at clinical coding",
    adviser: "She meets what a trainee coder post asks now; the course and accreditation follow in post.",
    profile: profile({ typingWpm: 35, medicalTerminology: "qualified", qualifications: ["gcse-english", "gcse-maths"], experience: { healthcareMonths: 120 }, currentJob: "nhs-clinical", nhsBand: "5", target: "clinical-coder" }),
    best: ["direct-application"],
    check: (r) => {
      expect(r.ready).toBe(true);
      const inPost = r.routes[0]!.steps.filter((s) => s.inPost).map((s) => s.id);
      expect(inPost).toEqual(["coding-standards-course", "coding-accreditation"]);
      // In-post training is not part of the time to the role.
      expect(r.routes[0]!.months.max).toBe(3);
      expect(r.payChange?.direction).toBe("cut");
    },
  },
  {
    who: "an office manager of twelve years aiming at GP practice manager",
    adviser: "A practice would value healthcare knowledge and management she can show. The tool cannot tell twelve years of managing from twelve of filing, so it never calls her ready (issue 16): it says which experience to gain, and where.",
    profile: profile({ officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths"], experience: { adminMonths: 144 }, target: "practice-manager", currentJob: "office" }),
    best: ["practice-step-up"],
    never: ["direct-application"],
    check: (r, text) => {
      expect(r.ready).toBe(false);
      expect(r.readyIfConfirmed).toBe(false);
      expect(gap(r, "admin-experience")).toMatchObject({ status: "partial", have: { code: "duration", months: 144 } });
      expect(gap(r, "admin-experience").advice).toEqual({ code: "gain-management", months: 144 });
      expect(text).toMatch(/Your 12 years of office work count towards it.*assistant or deputy practice manager/);
      expect(r.routes[0]!.steps.at(-1)!.pay.uncertain).toBe(true);
    },
  },
  {
    who: "a 15-year-old in Year 11 in Wales, planning ahead",
    adviser: "Still at school: every route starts when she leaves, and she should hear when that is where she lives.",
    profile: profile({ typingWpm: 30, audioTyping: false, medicalTerminology: "none", officeSkills: "basic", experience: {}, needsToEarnWhileLearning: true, nation: "wales", currentJob: "not-working", age: 15 }),
    best: ["apprenticeship"],
    never: ["internal-move", "apply-and-learn-in-post"],
    check: (r, text) => {
      expect(r.notes.join(" ")).toMatch(/still of school age.*In Wales that is the last Friday in June/);
      // England's rule on staying in learning until 18 is England's alone.
      expect(text).not.toMatch(/until you are 18/);
    },
  },
  {
    who: "a 17-year-old six months into an admin apprenticeship in a hospital",
    adviser: "Finish the apprenticeship: it is the training the law asks of her and the way in. Nothing should send her back to the start.",
    profile: profile({ typingWpm: 46, audioTyping: false, medicalTerminology: "some", officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths"], studying: ["business-administrator-apprenticeship"], experience: { adminMonths: 6, healthcareMonths: 6 }, needsToEarnWhileLearning: true, canStudyPartTime: true, currentJob: "nhs-admin", age: 17 }),
    best: ["apprenticeship"],
    never: ["receptionist-stepping-stone", "volunteering"],
    quotes: /You have started it/,
    check: (r, text) => {
      expect(text).toMatch(/\nFinish the Business Administrator apprenticeship/);
      expect(text).not.toMatch(/still of school age/);
      // She is the apprentice: no talk of keeping a pay point she never had.
      expect(text).not.toMatch(/keep your pay point/);
    },
  },
  {
    who: "NHS admin staff on band 3 who left every length of work blank (a workshop sheet's empty cells)",
    adviser: "She works in NHS admin: she is not new to work and has not 'no' healthcare experience. Ask how long; meanwhile move across, not an apprenticeship for beginners.",
    profile: profile({ typingWpm: 45, experience: {}, needsToEarnWhileLearning: true, currentJob: "nhs-admin", nhsBand: "3" }),
    best: ["internal-move"],
    never: ["receptionist-stepping-stone", "volunteering"],
    check: (r, text) => {
      for (const id of ["admin-experience", "healthcare-experience"]) expect(gap(r, id)).toMatchObject({ status: "unknown", have: { code: "not-said" } });
      // The same blank reads the same in What you told us (issue 15, item 4): "not said", never "none".
      expect(text).toMatch(/Office or admin work\nnot said/);
      expect(text).toMatch(/Healthcare setting\nnot said/);
      expect(gap(r, "healthcare-experience").advice).toEqual({ code: "say-how-long", job: "nhs-admin" });
      expect(text).toMatch(/You work as NHS admin staff now but gave no length of it/);
      expect(text).not.toMatch(/Made for people with little work experience/);
    },
  },
  {
    who: "a band 3 healthcare assistant in England, 45, who works shifts and must earn",
    adviser: "Same band on paper, less money in the hand: the unsocial hours go. Move across inside the trust, with her eyes open about pay; promotion to band 4 starts at its lowest point.",
    profile: profile({ typingWpm: 40, audioTyping: false, medicalTerminology: "some", officeSkills: "basic", qualifications: ["gcse-english", "gcse-maths"], experience: { healthcareMonths: 96 }, needsToEarnWhileLearning: true, currentJob: "nhs-clinical", nhsBand: "3", age: 45 }),
    best: ["internal-move"],
    // An apprenticeship may be shown: in England she would keep her band 3 pay point on one.
    never: ["receptionist-stepping-stone", "volunteering"],
    check: (r) => {
      const notes = r.payChange!.notes.join(" ");
      expect(notes).toMatch(/unsocial hours payments .* stop with weekday office hours/);
      expect(notes).toMatch(/On promotion you start at the new band's lowest pay point/);
      expect(notes).toMatch(/own band normally keeps your pay point/);
    },
  },
  {
    who: "a band 2 porter in Wales with no office skills yet",
    adviser: "NHS staff: move across from inside, with Welsh language levels in view; the shifts' extra pay goes with the move.",
    profile: profile({ typingWpm: 25, audioTyping: false, medicalTerminology: "none", officeSkills: "none", experience: { healthcareMonths: 60 }, needsToEarnWhileLearning: true, nation: "wales", currentJob: "nhs-support", nhsBand: "2", age: 38 }),
    best: ["internal-move"],
    never: ["receptionist-stepping-stone", "apprenticeship"],
    check: (r, text) => {
      expect(reasonTexts(r).join(" ")).toMatch(/Open to you as NHS Wales support staff/);
      expect(text).toMatch(/Welsh language level/);
      expect(r.payChange!.notes.join(" ")).toMatch(/unsocial hours/);
      // England's pay-on-promotion rule is not claimed for Wales.
      expect(r.payChange!.notes.join(" ")).not.toMatch(/lowest pay point/);
    },
  },
];

describe("a panel of people, as an adviser reads their reports", () => {
  it("has at least twenty people", () => expect(PANEL.length).toBeGreaterThanOrEqual(20));

  it.each(PANEL.map((p) => [p.who, p] as const))("%s", (_, person) => {
    const report = assess(person.profile, dataset);
    const text = words(report);
    expect(person.best, `${person.adviser}\nfirst route: ${report.recommended}`).toContain(report.recommended);
    for (const id of person.never ?? []) expect(ids(report), `${person.adviser}\nnever: ${id}`).not.toContain(id);
    if (person.quotes) expect(reasonTexts(report).join(" ")).toMatch(person.quotes);
    // No route is offered with nothing to do, and the first one fits unless none does.
    if (report.routes.some((r) => r.fits)) expect(report.routes[0]!.fits).toBe(true);
    // Nothing withdrawn is ever offered as a step.
    expect(text).not.toMatch(/5528|Diploma in Medical Administration/);
    person.check?.(report, text);
  });
});
