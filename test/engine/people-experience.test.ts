// People with experience, people part-way through a course, and people
// stepping up (issue 16): written by a careers adviser on the project's panel
// (each story is theirs), with the first routes they would accept, those they
// would not put first, and those they rule out. The answers are the panel's,
// less the keys issue 15 adds (hours, circumstances), which this branch does
// not read. A ruled-out route offered anywhere in the list fails the test.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { assess } from "../../src/engine/assess.js";
import type { Profile, Report } from "../../src/engine/types.js";
import { reportModel } from "../../src/render/report-model.js";
import { parseAnswers } from "../../src/answers/parse.js";
import { findingText, profile, reasonTexts, shippedDataset, stepTitleText } from "../helpers/dataset.js";

const dataset = shippedDataset();

/** Everything the report says in words: the verdict, every cell and note. */
function words(report: Report): string {
  const model = reportModel(report, dataset);
  return [model.verdict, ...model.sections.flatMap((s) => [s.title, ...s.rows.flat(), ...(s.notes ?? [])]), ...model.footnotes].join("\n");
}

interface Person {
  who: string;
  story: string;
  /** What the adviser would say to them. */
  adviser: string;
  profile: Profile;
  /** Routes the adviser accepts as the first. */
  best: string[];
  /** Routes that may be listed, never first. */
  notFirst?: string[];
  /** Routes the adviser rules out: never offered. */
  never: string[];
  check?: (report: Report, text: string) => void;
}

const PANEL: Person[] = [
  {
    who: "army-hr-administrator-routing",
    story: "Same person as issue-15/army-hr-administrator-12-years.yaml; here the expectations are about the ranking (issue 16). Dean, 30, Colchester. Army HR administrator (Adjutant General's Corps, Staff and Personnel Support) for 12 years, 2014-2026; sergeant, ran a unit HR office of four. Level 3 business administration (army apprenticeship). Types 60 wpm; Office confident. Left the army in September 2026 (3 months ago); entitled to resettlement support. Wants to be a medical secretary at Colchester Hospital.",
    adviser: "144 months of office work, 60 wpm, confident Office and a level 3 business admin qualification prove keyboard work, office work and running a team: more than a band 3 post asks. Apply now for band 3 medical secretary posts and learn audio typing and terminology in post (or take a short terminology course first, a few weeks). Receptionist first would waste 12 years; an apprenticeship would pay him apprentice rates for over a year to learn what he can already do (and he holds a level 3 in the same subject).",
    profile: profile({ typingWpm: 60, audioTyping: false, medicalTerminology: "none", officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths", "business-admin-l3"], experience: { adminMonths: 144, customerServiceMonths: 0, healthcareMonths: 0, secretarialMonths: 0 }, needsToEarnWhileLearning: true, canStudyPartTime: true, nation: "england", target: "medical-secretary", currentJob: "not-working", age: 30 }),
    best: ["apply-and-learn-in-post", "direct-application", "terminology-top-up"],
    never: ["apprenticeship", "receptionist-stepping-stone", "volunteering", "skills-then-apply", "amspar-diploma"],
    check: (r, text) => {
      expect(reasonTexts(r, r.routes[0]!).join(" ")).toMatch(/Your 12 years of office or admin work show what band 3 posts ask for/);
      expect(text).toMatch(/audio typing/i);
      expect(text).not.toMatch(/made for people with little work experience/i);
    },
  },
  {
    who: "band4-secretary-covering-team-leader",
    story: "Nicola, 44, Newcastle. Band 4 medical secretary for 8 years (top of the band) at the RVI; for the last 5 months covering the team leader of 12 secretaries (rotas, typing backlog, sickness absence), without extra pay. Types 75 wpm, audio, AMSPAR terminology.",
    adviser: "Nicola is doing a team leader's job. Team leader posts are graded by the size of the team: band 4 for a small team, band 5 for a team like hers of 12 (check adverts and the national profile). First, ask for acting-up pay for the cover she is doing (check her trust's policy on higher duties). Then apply when the post is advertised, or for band 5 team leader posts elsewhere: from the top of band 4 (\u00a331,157) to band 5 entry (\u00a332,073), rising to \u00a339,043. A management qualification helps: the level 3 team leader/supervisor apprenticeship (England, paid by the employer's levy) or an ILM level 3 award. Beyond team leader: admin services manager or assistant service manager (band 5-6) in a hospital, not only practice manager.",
    profile: profile({ typingWpm: 75, audioTyping: true, medicalTerminology: "qualified", officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths", "amspar-medical-terminology"], experience: { adminMonths: 180, customerServiceMonths: 0, healthcareMonths: 180, secretarialMonths: 180 }, needsToEarnWhileLearning: true, canStudyPartTime: true, nation: "england", target: "secretarial-team-leader", currentJob: "nhs-admin", nhsBand: "4", age: 44 }),
    best: ["internal-move", "direct-application", "step-up"],
    never: ["apprenticeship", "receptionist-stepping-stone", "volunteering", "amspar-diploma", "terminology-top-up"],
  },
  {
    who: "bank-admin-student-london",
    story: "Zara, 27, Whitechapel (inner London). Bank admin (band 2) at Barts Health for 12 months, about 20 hours a week around an Open University degree (health sciences, 3rd year). Before that 3 years in a call centre. Types 50 wpm. Wants a band 3/4 medical secretary post when the degree ends.",
    adviser: "Bank work is working for Zara: she chooses shifts around her degree. Bank staff are paid per shift at the band's hourly rate (band 2: \u00a325,272 / 52.143 / 37.5 \u2248 \u00a312.92 an hour, 2026/27 England), plus the inner London High Cost Area Supplement (check how her bank applies it), not a salary. Ask the bank for secretarial or outpatient shifts to learn audio typing; apply for band 3 posts (some trusts let bank staff apply for internal-only posts: check Barts' rules).",
    profile: profile({ typingWpm: 50, audioTyping: false, medicalTerminology: "some", officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths"], experience: { adminMonths: 12, customerServiceMonths: 36, healthcareMonths: 12, secretarialMonths: 0 }, needsToEarnWhileLearning: true, canStudyPartTime: true, nation: "england", target: "medical-secretary", currentJob: "nhs-admin", nhsBand: "2", age: 27 }),
    best: ["bank-admin-work", "internal-move", "terminology-top-up"],
    never: ["apprenticeship", "volunteering", "skills-then-apply", "receptionist-stepping-stone"],
    check: (r) => {
      // The apprenticeship gives her nothing she lacks: she already does NHS admin work.
      expect(r.routes.map((x) => x.id)).not.toContain("apprenticeship");
    },
  },
  {
    who: "bank-medsec-carer-12-hours",
    story: "Linda, 52, Exeter. Band 4 medical secretary at the RD&E for 14 years; left in 2022 to care for her husband (stroke), on Carer's Allowance. Since 2024 a bank medical secretary, about 12 hours a week when his day centre is open. Types 70 wpm, audio, AMSPAR terminology certificate.",
    adviser: "Linda is a qualified, experienced secretary whose limit is hours. Bank is her best route, not a fallback: she picks shifts, is paid per shift at the band's hourly rate (band 3 \u2248 \u00a313.17, band 4 \u2248 \u00a314.52 an hour in 2026/27), and 12 hours keeps her under the \u00a3204 Carer's Allowance earnings limit (about \u00a3158-\u00a3174 a week). A permanent 12-hour post is possible too (flexible working from day one), at pro rata pay.",
    profile: profile({ typingWpm: 70, audioTyping: true, medicalTerminology: "qualified", officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths", "amspar-medical-terminology"], experience: { adminMonths: 168, customerServiceMonths: 0, healthcareMonths: 192, secretarialMonths: 192 }, needsToEarnWhileLearning: true, canStudyPartTime: false, nation: "england", target: "medical-secretary", currentJob: "nhs-admin", age: 52 }),
    best: ["bank-admin-work", "direct-application"],
    never: ["apprenticeship", "receptionist-stepping-stone", "volunteering", "amspar-diploma", "terminology-top-up", "skills-then-apply"],
  },
  {
    who: "corporate-pa-london",
    story: "Victoria, 42, Canary Wharf / Bethnal Green. PA to a bank's chief executive for 10 years; before that 5 years as a team secretary. Salary 52,000 plus bonus. Wants meaningful work: a medical PA post at a London trust. Types 80 wpm; audio; no terms.",
    adviser: "Victoria can apply now for band 5 PA posts (to a chief executive, medical director or clinical director) and learn medical terms in post. Be plain about money: band 5 is \u00a332,073-\u00a339,043 (2026/27) plus the inner London High Cost Area Supplement (20% of basic pay, at least \u00a35,794 and at most \u00a38,746: \u00a36,415 at band 5 entry), so about \u00a338,488 to start against her \u00a352,000: a cut of about \u00a313,500. A new starter begins on the entry point unless the employer counts relevant experience. The NHS Pension (a defined-benefit scheme) narrows the gap. Band 6 executive PA posts exist at board level (check adverts).",
    profile: profile({ typingWpm: 80, audioTyping: true, medicalTerminology: "none", officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths", "degree"], experience: { adminMonths: 180, customerServiceMonths: 0, healthcareMonths: 0, secretarialMonths: 180 }, needsToEarnWhileLearning: true, canStudyPartTime: true, nation: "england", target: "medical-pa", currentJob: "secretarial", age: 42 }),
    best: ["direct-application", "apply-and-learn-in-post"],
    never: ["apprenticeship", "receptionist-stepping-stone", "volunteering", "amspar-diploma", "skills-then-apply"],
  },
  {
    who: "deputy-practice-manager-ready",
    story: "Sue, 50, Taunton. Deputy practice manager for 4 years at a 12,000-patient practice (payroll, rotas, CQC inspection lead, QOF); before that 12 years as practice administrator. ILM level 5 certificate in leadership (2024). Wants a practice manager post.",
    adviser: "Sue has the management experience: apply for practice manager posts now, in Somerset practices and primary care networks. Pay is set by the practice (no AfC band); compare the pension (practice staff can be in the NHS Pension) and hours. The report cannot know she is a deputy PM unless it asks about management experience: today there is no question for it, so the tool must say \"check\" rather than \"ready\" or \"not ready\".",
    profile: profile({ typingWpm: 50, audioTyping: false, medicalTerminology: "some", officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths"], experience: { adminMonths: 192, customerServiceMonths: 60, healthcareMonths: 192, secretarialMonths: 0 }, needsToEarnWhileLearning: true, canStudyPartTime: true, nation: "england", target: "practice-manager", currentJob: "gp-practice", age: 50 }),
    best: ["direct-application", "practice-step-up"],
    never: ["apprenticeship", "volunteering", "receptionist-stepping-stone"],
  },
  {
    who: "gp-reception-supervisor-10-years",
    story: "Karen, 45, Wigan. 18 years at one GP practice: 8 as a receptionist, the last 10 as reception supervisor (rotas, six staff, complaints first-line, EMIS). No management qualification. Types 45 wpm. Wants to be a practice manager.",
    adviser: "Karen has run a reception team, not a practice: finance, contracts (QOF, the GP contract), HR and premises are what a practice manager answers for. Next step: assistant or deputy practice manager (proposed as a role; pay set by the practice), in her own practice or a primary care network, with a management qualification alongside (an ILM level 3 or 5 award, the level 3 team leader or level 5 operations/ departmental manager apprenticeship, or AMSPAR's practice management qualifications: check levels and who pays). Practice manager in 2-4 years. Not \"apply now\".",
    profile: profile({ typingWpm: 45, audioTyping: false, medicalTerminology: "some", officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths"], experience: { adminMonths: 216, customerServiceMonths: 216, healthcareMonths: 216, secretarialMonths: 0 }, needsToEarnWhileLearning: true, canStudyPartTime: true, nation: "england", target: "practice-manager", currentJob: "gp-practice", age: 45 }),
    best: ["practice-step-up"],
    never: ["direct-application", "apprenticeship", "volunteering"],
    check: (r, text) => {
      expect(r.ready || r.readyIfConfirmed).toBe(false);
      expect(text).toMatch(/deputy practice manager/i);
      expect(text).toMatch(/management qualification/i);
      expect(text).not.toMatch(/Apply now: you meet every essential requirement/);
    },
  },
  {
    who: "graduate-30wpm-temping",
    story: "Tom, 23, Sheffield. BA History (2025). 6 months temping in offices (data entry, post room). About 6,000 pounds saved; lives with parents. Types 30 wpm, two fingers; Office confident. Wants to be a medical secretary.",
    adviser: "Tom's gap is touch typing: learn it properly, 30 minutes a day for two or three months (free online courses), aiming at 50 wpm, while he applies for band 2/3 clinic admin or bank admin work at Sheffield Teaching Hospitals. His degree and temping get him through the door; audio typing and terminology come once he is in a hospital. An apprenticeship would pay him the apprentice rate for over a year to learn what a band 2 post teaches while paying \u00a325,272; not first.",
    profile: profile({ typingWpm: 30, audioTyping: false, medicalTerminology: "none", officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths", "degree"], experience: { adminMonths: 6, customerServiceMonths: 0, healthcareMonths: 0, secretarialMonths: 0 }, needsToEarnWhileLearning: false, canStudyPartTime: true, nation: "england", target: "medical-secretary", currentJob: "not-working", age: 23 }),
    best: ["bank-admin-work", "receptionist-stepping-stone", "terminology-top-up"],
    notFirst: ["apprenticeship"],
    never: ["volunteering", "direct-application", "amspar-diploma"],
    check: (r, text) => {
      const apprenticeship = r.routes.find((x) => x.id === "apprenticeship")!;
      // Offered, never first, and honest about what it costs him.
      expect(apprenticeship.fits).toBe(false);
      expect(reasonTexts(r, apprenticeship).join(" ")).toMatch(/With a degree you can apply for posts now/);
      expect(reasonTexts(r, apprenticeship).join(" ")).toMatch(/about £9,600 a year less than a band 2 post \(£25,272\), for 12 to 18 months/);
      expect(text).toMatch(/practise typing|touch typing/i);
      expect(text).not.toMatch(/made for people with little work experience/i);
    },
  },
  {
    who: "graduate-biomed-to-coding",
    story: "Aisha, 22, Leicester. BSc Biomedical Science (2026). Saturday job in a pharmacy for 2 years while studying. Types 40 wpm; Office confident. Wants clinical coding.",
    adviser: "Aisha is the kind of graduate trainee clinical coder posts (band 3, proposed) are written for: anatomy, physiology and pathology from her degree. Apply for trainee coder posts at University Hospitals of Leicester; the NHS trains coders in post (standards course, then the accredited qualification). The clinical coder apprenticeship is an alternative if a trust recruits that way (check prior-qualification rules for a graduate). A medical terminology course first is optional, not needed.",
    profile: profile({ typingWpm: 40, audioTyping: false, medicalTerminology: "some", officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths", "degree"], experience: { adminMonths: 0, customerServiceMonths: 24, healthcareMonths: 24, secretarialMonths: 0 }, needsToEarnWhileLearning: true, canStudyPartTime: true, nation: "england", target: "clinical-coder", currentJob: "customer-facing", age: 22 }),
    best: ["trainee-coder", "direct-application"],
    notFirst: ["coder-apprenticeship"],
    never: ["volunteering"],
  },
  {
    who: "hospital-team-leader-next-step",
    story: "Paul, 39, Birmingham. Band 5 secretarial team leader (15 secretaries) at University Hospitals Birmingham for 3 years; before that 9 years as a medical secretary. ILM level 3 award in leadership (2023). Wants the next step up; has thought of practice management because the tool shows nothing else.",
    adviser: "Paul's natural ladder is in the hospital: admin services or patient access manager, assistant service manager (band 6), then service or general manager (band 7+). Practice management is possible but a different world (GP contract, finance, partners): he would start as a deputy or assistant practice manager (proposed), with pay set by the practice and possibly less than his band 5 (\u00a334,592 after 2 years; top \u00a339,043 after 4). A level 5 operations/departmental manager apprenticeship or the NHS Leadership Academy's programmes (check which are open) support either. The report should offer the hospital rungs, not practice manager only, and never \"ready\" for practice manager.",
    profile: profile({ typingWpm: 65, audioTyping: true, medicalTerminology: "qualified", officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths"], experience: { adminMonths: 144, customerServiceMonths: 0, healthcareMonths: 144, secretarialMonths: 144 }, needsToEarnWhileLearning: true, canStudyPartTime: true, nation: "england", target: "practice-manager", currentJob: "nhs-admin", nhsBand: "5", age: 39 }),
    best: ["practice-step-up"],
    never: ["direct-application", "apprenticeship", "volunteering", "receptionist-stepping-stone"],
  },
  {
    who: "legal-secretary-scotland-25-years",
    story: "Moira, 50, Aberdeen. Legal secretary for 25 years (conveyancing and court), audio. Types 75 wpm. Highers English and maths. Salary 31,000. Wants NHS Grampian.",
    adviser: "Moira should apply now for band 4 posts in NHS Grampian and learn terms in post (a short course helps the application). Pay: NHS Scotland band 4 starts at \u00a331,537 (2026/27), about what she earns now; band 3 starts at \u00a329,103, a cut. She would start on the entry point unless the board counts her experience (check). The NHS Pension (Scotland's scheme, SPPA) is part of the offer.",
    profile: profile({ typingWpm: 75, audioTyping: true, medicalTerminology: "none", officeSkills: "confident", qualifications: ["higher-english", "higher-maths"], experience: { adminMonths: 300, customerServiceMonths: 0, healthcareMonths: 0, secretarialMonths: 300 }, needsToEarnWhileLearning: true, canStudyPartTime: true, nation: "scotland", target: "medical-secretary", currentJob: "secretarial", age: 50 }),
    best: ["apply-and-learn-in-post", "terminology-top-up"],
    never: ["apprenticeship", "receptionist-stepping-stone", "volunteering", "amspar-diploma", "skills-then-apply"],
    check: (r) => {
      // Scotland's own pension scheme and rate, not England's.
      const notes = r.routes[0]!.notes.join(" ");
      expect(notes).toMatch(/22\.5%.*NHS Pension Scheme \(Scotland\)/);
      expect(notes).not.toMatch(/23\.7%/);
      expect(notes).toMatch(/entry point/);
    },
  },
  {
    who: "navy-medical-assistant-ambulance",
    story: "Liam, 33, Plymouth. Royal Navy medical assistant 2015-2024 (9 years, sick bay and a deployment); since 2024 an ambulance care assistant (band 3) with the ambulance trust. Types 40 wpm; Office basic; strong medical terms. Wants clinical coding (a back problem: no more lifting).",
    adviser: "Liam's clinical training is what coding needs. He is an NHS employee at the top of band 3 (\u00a327,476); a trainee coder post is band 3 (proposed trainee-clinical-coder), so his basic pay stays at worst the same, but he loses unsocial hours payments. Apply for trainee coder posts at University Hospitals Plymouth (an NHS-to-NHS move keeps his continuous service), or a clinical coder apprenticeship, keeping his pay point (England rule). Step into Health and the trust's armed forces network help; adjustments for his back apply in any post.",
    profile: profile({ typingWpm: 40, audioTyping: false, medicalTerminology: "qualified", officeSkills: "basic", qualifications: ["gcse-english", "gcse-maths"], experience: { adminMonths: 0, customerServiceMonths: 0, healthcareMonths: 132, secretarialMonths: 0 }, needsToEarnWhileLearning: true, canStudyPartTime: true, nation: "england", target: "clinical-coder", currentJob: "nhs-clinical", nhsBand: "3", age: 33 }),
    best: ["coding-from-inside", "trainee-coder", "coder-apprenticeship", "direct-application"],
    never: ["volunteering"],
  },
  {
    who: "overseas-doctor-egypt",
    story: "Dr Mona, 41, Milton Keynes. MBBCh (Cairo, 2008); 12 years in family medicine in Cairo. In the UK since 2021 with her husband; indefinite leave to remain since 2026. Has decided not to pursue GMC registration for family reasons. Types 55 wpm; Office confident; IELTS 7.0 (2021). Wants a medical secretary post.",
    adviser: "Professional clinical work with typing at the threshold: apply now for band 3 medical secretary posts at Milton Keynes University Hospital and learn audio typing and the NHS systems in post. Her medical knowledge is beyond any terminology certificate. A UK ENIC statement for her degree answers \"or equivalent\". Not reception first, not an apprenticeship (a graduate; apprentice pay for a year or more). Clinical coding is a good second target.",
    profile: profile({ typingWpm: 55, audioTyping: false, medicalTerminology: "qualified", officeSkills: "confident", qualifications: ["degree"], experience: { adminMonths: 0, customerServiceMonths: 0, healthcareMonths: 144, secretarialMonths: 0 }, needsToEarnWhileLearning: true, canStudyPartTime: true, nation: "england", target: "medical-secretary", currentJob: "not-working", age: 41 }),
    best: ["apply-and-learn-in-post", "direct-application"],
    never: ["apprenticeship", "receptionist-stepping-stone", "volunteering", "skills-then-apply", "amspar-diploma"],
    check: (r) => {
      expect(reasonTexts(r, r.routes[0]!).join(" ")).toMatch(/Your 12 years of clinical work show what band 3 posts ask for/);
      // Bank shifts are paid per shift at the band's hourly rate, never as a salaried post.
      const bank = r.routes.find((x) => x.id === "bank-admin-work")!;
      expect(bank.steps.filter((s) => s.pay.perShift).map((s) => s.id)).toEqual(["join-bank", "bank-shifts"]);
      for (const step of bank.steps.filter((s) => s.pay.perShift)) {
        expect(step.pay.perHour).toBe(12.92);
        expect(findingText(r, step.pay.note)).toMatch(/per shift, by the hour, for the shifts you choose.*England 2026\/27 Agenda for Change table, £25,272, ÷ 52\.143 weeks ÷ 37\.5 hours/);
      }
    },
  },
  {
    who: "part-way-apprenticeship",
    story: "Jack, 19, Norwich. 9 months into the level 3 Business Administrator apprenticeship in outpatients at the Norfolk and Norwich. Types 45 wpm; Office confident; some terms.",
    adviser: "Jack should finish his apprenticeship: it is the route he is on, it pays, and it ends with a level 3 and about 18 months of hospital admin. Meanwhile, ask to shadow the outpatient secretaries and practise audio typing; apply for band 3 secretary posts as the end-point assessment nears. Nothing else first.",
    profile: profile({ typingWpm: 45, audioTyping: false, medicalTerminology: "some", officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths"], studying: ["business-administrator-apprenticeship"], experience: { adminMonths: 9, customerServiceMonths: 0, healthcareMonths: 9, secretarialMonths: 0 }, needsToEarnWhileLearning: true, canStudyPartTime: true, nation: "england", target: "medical-secretary", currentJob: "nhs-admin", age: 19 }),
    best: ["apprenticeship"],
    notFirst: ["bank-admin-work", "internal-move"],
    never: ["amspar-diploma", "volunteering", "skills-then-apply", "receptionist-stepping-stone"],
  },
  {
    who: "part-way-coder-apprenticeship",
    story: "Daniel, 28, Preston. Medical records clerk (band 2) for 3 years at Lancashire Teaching Hospitals; 10 months into the level 3 Clinical Coder apprenticeship (ST0535), kept on his band 2 pay point. Types 45 wpm; terminology some.",
    adviser: "Daniel is part-way through the clinical coder apprenticeship: finishing it is first. He keeps his band 2 pay point while training (England rule from July 2024) and moves to a band 3 coder post at the end (\u00a325,760, then \u00a327,476); the accredited coder qualification (ACC) comes later, in post.",
    profile: profile({ typingWpm: 45, audioTyping: false, medicalTerminology: "some", officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths"], studying: ["clinical-coder-apprenticeship"], experience: { adminMonths: 46, customerServiceMonths: 0, healthcareMonths: 46, secretarialMonths: 0 }, needsToEarnWhileLearning: true, canStudyPartTime: true, nation: "england", target: "clinical-coder", currentJob: "nhs-admin", nhsBand: "2", age: 28 }),
    best: ["coder-apprenticeship"],
    notFirst: ["coding-from-inside"],
    never: ["volunteering", "trainee-coder"],
    check: (r) => {
      expect(reasonTexts(r, r.routes[0]!).join(" ")).not.toMatch(/a shorter route suits you better/);
      // He keeps his band 2 pay point on it (England's rule).
      expect(r.routes[0]!.steps.find((s) => s.underway)!.pay).toMatchObject({ kept: true, band: "2", salary: 25272 });
    },
  },
  {
    who: "part-way-diploma",
    story: "Sharon, 41, Plymouth. School office administrator for 5 years (term time). 60% of the way through a distance-learning medical secretary diploma (BSMSA), self-funded, with audio transcription units to come. Types 55 wpm. Wants a medical secretary post at Derriford.",
    adviser: "Sharon has paid for and is 60% through her diploma: finish it; that route ranks first. With 5 years in an office and 55 wpm she could also apply for band 2/3 clinic admin at University Hospitals Plymouth now, or bank shifts in school holidays, while she finishes. Note: the tool's data marks the City & Guilds 5528-23 diploma as withdrawn and maps \"BSMSA diploma\" to it; BSMSA's own current diploma must not be reported as closed to a learner who is on it (check what BSMSA awards today).",
    profile: profile({ typingWpm: 55, audioTyping: false, medicalTerminology: "some", officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths"], studying: ["amspar-diploma-l3"], experience: { adminMonths: 60, customerServiceMonths: 0, healthcareMonths: 0, secretarialMonths: 0 }, needsToEarnWhileLearning: true, canStudyPartTime: true, nation: "england", target: "medical-secretary", currentJob: "office", age: 41 }),
    best: ["amspar-diploma"],
    never: ["apprenticeship", "volunteering", "receptionist-stepping-stone", "skills-then-apply"],
    check: (r, text) => {
      expect(r.routes[0]!.steps[0]).toMatchObject({ underway: true });
      expect(stepTitleText(r, r.routes[0]!.steps[0]!)).toBe("Finish the course you have started");
      expect(text).not.toMatch(/withdrawn|no longer open/i);
    },
  },
  {
    who: "part-way-scotland-modern-apprenticeship",
    story: "Mhairi, 18, Inverness. 6 months into a Modern Apprenticeship in Business and Administration (SCQF 6) at Raigmore Hospital, NHS Highland. Types 42 wpm.",
    adviser: "Mhairi should finish her Modern Apprenticeship (first), practise typing towards 50 wpm, and ask to cover secretaries for audio typing; then apply for band 3 posts in NHS Highland.",
    profile: profile({ typingWpm: 42, audioTyping: false, medicalTerminology: "none", officeSkills: "confident", qualifications: ["national-5-english", "national-5-maths"], studying: ["scotland-business-admin-apprenticeship"], experience: { adminMonths: 6, customerServiceMonths: 12, healthcareMonths: 6, secretarialMonths: 0 }, needsToEarnWhileLearning: true, canStudyPartTime: true, nation: "scotland", target: "medical-secretary", currentJob: "nhs-admin", age: 18 }),
    best: ["apprenticeship"],
    never: ["amspar-diploma", "volunteering", "skills-then-apply"],
  },
  {
    who: "part-way-terminology-course",
    story: "Leanne, 33, Doncaster. Retail supervisor 10 years (rotas, cashing up, ordering on the computer). Half-way through the AMSPAR level 3 medical terminology certificate, online, self-funded; exam in spring. Types 52 wpm. Office basic. Needs a wage.",
    adviser: "Leanne has started the right course: finish it. That route comes first. Beside it, she can take bank admin shifts or apply for a band 2 clinic admin post at Doncaster and Bassetlaw now, so that by the exam she has healthcare experience too; audio typing is learnt by covering secretaries. The report should say the two run together (\"take bank shifts while you finish the course\").",
    profile: profile({ typingWpm: 52, audioTyping: false, medicalTerminology: "some", officeSkills: "basic", qualifications: ["gcse-english", "gcse-maths"], studying: ["amspar-medical-terminology"], experience: { adminMonths: 24, customerServiceMonths: 120, healthcareMonths: 0, secretarialMonths: 0 }, needsToEarnWhileLearning: true, canStudyPartTime: true, nation: "england", target: "medical-secretary", currentJob: "customer-facing", age: 33 }),
    best: ["terminology-top-up"],
    notFirst: ["bank-admin-work", "receptionist-stepping-stone", "apprenticeship"],
    never: ["amspar-diploma", "volunteering", "skills-then-apply"],
    check: (r) => {
      expect(reasonTexts(r, r.routes[0]!)[0]).toMatch(/You have started it/);
      // A job beside the course says so.
      const bank = r.routes.find((x) => x.id === "bank-admin-work")!;
      expect(reasonTexts(r, bank).join(" ")).toMatch(/while you finish your/);
    },
  },
  {
    who: "part-way-wales-apprenticeship",
    story: "Ffion, 20, Carmarthen. 12 months into the Wales level 3 Medical Secretary apprenticeship (framework M1611) at Glangwili, Hywel Dda UHB. First-language Welsh. Types 55 wpm; audio typing learnt on the job; terminology some.",
    adviser: "Ffion is on exactly the right route: finish the apprenticeship (it is first), then apply for band 3 medical secretary posts in Hywel Dda, many of which list Welsh as essential: her fluency helps. Nothing to add beside it but practice.",
    profile: profile({ typingWpm: 55, audioTyping: true, medicalTerminology: "some", officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths"], studying: ["wales-medical-secretary-apprenticeship"], experience: { adminMonths: 12, customerServiceMonths: 0, healthcareMonths: 12, secretarialMonths: 12 }, needsToEarnWhileLearning: true, canStudyPartTime: true, nation: "wales", target: "medical-secretary", currentJob: "nhs-admin", age: 20 }),
    best: ["apprenticeship"],
    never: ["amspar-diploma", "volunteering", "receptionist-stepping-stone", "skills-then-apply"],
    check: (r) => {
      expect(reasonTexts(r, r.routes[0]!).join(" ")).not.toMatch(/a shorter route suits you better/);
    },
  },
  {
    who: "private-hospital-secretary",
    story: "Becky, 35, Manchester. Medical secretary at a private hospital (Spire) for 7 years to four orthopaedic consultants; AMSPAR terminology certificate. Types 70 wpm; audio. Salary 29,000 with a 4% matched pension. Wants to move to the NHS (Wythenshawe).",
    adviser: "Becky is ready: apply for band 4 medical secretary posts. A new NHS starter usually begins on the band's entry point (band 4: \u00a328,392, 2026/27), though employers may count relevant experience and start her higher: ask before accepting (check the trust's starting-pay policy). The offer also includes the NHS Pension (employer contribution far above her 4%), 27 days' annual leave rising with service, and sick pay by service: compare the whole package, not the salary alone. Senior secretary or PA next.",
    profile: profile({ typingWpm: 70, audioTyping: true, medicalTerminology: "qualified", officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths", "amspar-medical-terminology"], experience: { adminMonths: 84, customerServiceMonths: 0, healthcareMonths: 84, secretarialMonths: 84 }, needsToEarnWhileLearning: true, canStudyPartTime: true, nation: "england", target: "medical-secretary", currentJob: "care-or-private-healthcare", age: 35 }),
    best: ["direct-application"],
    never: ["apprenticeship", "receptionist-stepping-stone", "volunteering", "amspar-diploma", "terminology-top-up", "skills-then-apply"],
    check: (_r, text) => {
      expect(text).toMatch(/NHS Pension/);
      expect(text).toMatch(/entry point/);
      expect(text).toMatch(/relevant experience/);
      expect(text).toMatch(/23\.7%/);
    },
  },
  {
    who: "retail-manager-to-practice-manager",
    story: "Andrew, 48, Reading. Store manager at a supermarket for 15 years (60 staff, budgets, rotas, recruitment, health and safety). No healthcare experience. Types 40 wpm. Degree in business (1999). Wants to run a GP practice.",
    adviser: "Andrew has the management, not the NHS: practices do hire managers from outside, but most ask for primary care knowledge (the GP contract, QOF, CQC). Apply for assistant or deputy practice manager and business manager posts (proposed role; pay set by the practice), and primary care network operations posts; take a short course on how general practice is funded (check AMSPAR's or the local training hub's offer). Not receptionist first, not an apprenticeship.",
    profile: profile({ typingWpm: 40, audioTyping: false, medicalTerminology: "none", officeSkills: "confident", qualifications: ["gcse-english", "gcse-maths", "degree"], experience: { adminMonths: 180, customerServiceMonths: 300, healthcareMonths: 0, secretarialMonths: 0 }, needsToEarnWhileLearning: true, canStudyPartTime: true, nation: "england", target: "practice-manager", currentJob: "customer-facing", age: 48 }),
    best: ["practice-step-up"],
    never: ["apprenticeship", "volunteering", "receptionist-stepping-stone"],
  },
  {
    who: "sixteen-year-old-england-college",
    story: "Mia, 16, Leeds. GCSEs this summer: English 5, maths 4. No work yet. Wants to go to college full time to train for medical secretary work; her mum asks what it costs.",
    adviser: "Full-time study at a college or sixth form is free at 16-18 in England: no fees. Mia can take a level 3 course (the T Level in Management and Administration, with an industry placement of at least 315 hours, ideally in a hospital; or a level 3 business admin course; some colleges run medical administration courses). Practise touch typing alongside. An NHS admin apprenticeship is the paid alternative. She must stay in education or training until 18 (England). Not bank work or a direct application at 16.",
    profile: profile({ typingWpm: 25, audioTyping: false, medicalTerminology: "none", officeSkills: "basic", qualifications: ["gcse-english", "gcse-maths"], experience: { adminMonths: 0, customerServiceMonths: 0, healthcareMonths: 0, secretarialMonths: 0 }, needsToEarnWhileLearning: false, canStudyPartTime: true, nation: "england", target: "medical-secretary", currentJob: "not-working", age: 16 }),
    best: ["amspar-diploma", "apprenticeship"],
    never: ["direct-application", "bank-admin-work", "internal-move", "practice-move"],
    check: (r, text) => {
      // Full-time study at 16-18 is free in England: the college course is not "fees not known".
      // (The route's terminology certificate has no published fee, so the route's total still may be.)
      const course = r.routes.find((x) => x.id === "amspar-diploma")!;
      const college = course.steps.find((s) => s.id === "business-admin-course")!;
      expect(college.cost).toMatchObject({ min: 0, max: 0, note: expect.stringMatching(/Free as full-time study .* at 16 to 18 in England/) });
      expect(course.notes.join(" ")).toMatch(/Full-time study at 16 to 18 is free in England.*T Levels/);
    },
  },
  {
    who: "zimbabwe-nurse-to-coding",
    story: "Grace, 44, Luton. Registered general nurse in Zimbabwe (diploma 2004), 8 years on wards in Harare. In the UK since 2012 (British citizen since 2019); senior care assistant in a nursing home for 12 years, never re-registered as a nurse. Types 35 wpm; Office basic. Wants clinical coding at the Luton and Dunstable.",
    adviser: "Grace's nursing knowledge is what clinical coding needs most; typing speed matters less for coders than accuracy and Office basics. Apply for trainee clinical coder posts (band 3, proposed as a role) at Bedfordshire Hospitals, or the clinical coder apprenticeship (level 3) where the trust offers it (check her pay as an apprentice against her care wage). A short Office course helps. Her nursing diploma: a UK ENIC statement; her GCSE English is here, maths \"or equivalent\" from Zimbabwe (O levels).",
    profile: profile({ typingWpm: 35, audioTyping: false, medicalTerminology: "qualified", officeSkills: "basic", qualifications: ["gcse-english"], experience: { adminMonths: 0, customerServiceMonths: 0, healthcareMonths: 240, secretarialMonths: 0 }, needsToEarnWhileLearning: true, canStudyPartTime: true, nation: "england", target: "clinical-coder", currentJob: "care-or-private-healthcare", age: 44 }),
    best: ["trainee-coder", "coder-apprenticeship", "direct-application"],
    never: ["apprenticeship", "receptionist-stepping-stone", "volunteering"],
  },
];

/** The examples shipped in examples/, with the first routes an adviser accepts for each. */
const EXAMPLES: Record<string, string[]> = {
  "career-changer.yaml": ["apprenticeship", "receptionist-stepping-stone", "bank-admin-work", "terminology-top-up"],
  "gp-receptionist.json": ["practice-move", "terminology-top-up"],
  "legal-secretary.yaml": ["apply-and-learn-in-post", "terminology-top-up"],
  "qualified.yaml": ["direct-application"],
  "school-leaver.yaml": ["apprenticeship"],
  "school-leaver-6-months-on.yaml": ["apprenticeship"],
};

describe("people with experience, part-way through, or stepping up, as an adviser reads their reports", () => {
  it("has at least twenty people", () => expect(PANEL.length).toBeGreaterThanOrEqual(20));

  it.each(PANEL.map((p) => [p.who, p] as const))("%s", (_, person) => {
    const report = assess(person.profile, dataset);
    const ids = report.routes.map((r) => r.id);
    const why = `${person.story}\nAdviser: ${person.adviser}\nroutes: ${ids.join(", ")}`;
    expect(person.best, `first route ${report.recommended}\n${why}`).toContain(report.recommended);
    expect(person.notFirst ?? [], why).not.toContain(report.recommended);
    for (const id of person.never) expect(ids, `ruled out: ${id}\n${why}`).not.toContain(id);
    person.check?.(report, words(report));
  });

  it.each(Object.entries(EXAMPLES))("examples/%s: the first route is one an adviser accepts", (file, best) => {
    const text = readFileSync(join("examples", file), "utf8");
    const report = assess(parseAnswers(text, dataset, file), dataset);
    expect(best).toContain(report.recommended);
  });
});
