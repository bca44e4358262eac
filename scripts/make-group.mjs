// Writes N generated attendees (deterministic) to stdout, for the workshop
// benchmark: a CSV export by default, or with --json a JSON list in the
// answers-file format. Written in pieces, so a million rows need little memory.
//   node scripts/make-group.mjs 10000 [--json] > group.csv
import { writeSync } from "node:fs";

const n = Number(process.argv[2] ?? 1000);
const asJson = process.argv.includes("--json");
// A 32-bit generator (mulberry32) in integer arithmetic: the old
// seed * 1103515245 passed 2^53 and lost its low bits, so 10,000 people
// came out as about 1,300 different sets of answers, and the workshop
// benchmark measured far fewer distinct people than it claimed.
let seed = 42;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
};
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const quals = ["gcse-english", "gcse-maths", "functional-skills-english-l2", "business-admin-l2", "amspar-medical-terminology", "text-processing"];
const nations = ["england", "scotland", "wales", "northern-ireland"];

/** One attendee's answers, drawn in the same order for both forms. */
function person(i) {
  const q = quals.filter(() => rand() < 0.3);
  return {
    name: `P${i}`,
    typingWpm: rand() < 0.1 ? undefined : Math.floor(rand() * 90),
    audioTyping: pick([true, false, undefined]),
    medicalTerminology: pick(["none", "some", "qualified"]),
    officeSkills: pick(["none", "basic", "confident"]),
    qualifications: q,
    experience: {
      adminMonths: Math.floor(rand() * 48),
      customerServiceMonths: Math.floor(rand() * 48),
      healthcareMonths: Math.floor(rand() * 24),
      secretarialMonths: Math.floor(rand() * 24),
    },
    needsToEarnWhileLearning: pick([true, false]),
    canStudyPartTime: pick([true, false, undefined]),
    nation: pick(nations),
  };
}

const yesNo = (b) => (b === undefined ? "" : b ? "yes" : "no");
function csvLine(p) {
  const e = p.experience;
  return [p.name, p.typingWpm ?? "", yesNo(p.audioTyping), p.medicalTerminology, p.officeSkills, `"${p.qualifications.join(";")}"`, e.adminMonths, e.customerServiceMonths, e.healthcareMonths, e.secretarialMonths, yesNo(p.needsToEarnWhileLearning), yesNo(p.canStudyPartTime), p.nation].join(",");
}

let pending = [];
const flush = () => {
  if (pending.length) writeSync(1, pending.join(""));
  pending = [];
};
const emit = (s) => {
  pending.push(s);
  if (pending.length >= 2000) flush();
};

if (asJson) {
  emit("[\n");
  for (let i = 0; i < n; i++) emit(`${i ? ",\n" : ""}  ${JSON.stringify(person(i))}`);
  emit("\n]\n");
} else {
  emit("Name or initials,Typing speed (wpm),Audio typing,Medical terminology,Office skills,Qualifications,Office or admin experience (months),Customer service experience (months),Healthcare experience (months),Secretarial experience (months),Need to earn while learning,Can study part-time,Nation\n");
  for (let i = 0; i < n; i++) emit(`${csvLine(person(i))}\n`);
}
flush();
