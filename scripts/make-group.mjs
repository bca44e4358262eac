// Writes a CSV of N generated attendees (deterministic), for the workshop benchmark.
const n = Number(process.argv[2] ?? 1000);
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const quals = ["gcse-english", "gcse-maths", "functional-skills-english-l2", "business-admin-l2", "amspar-medical-terminology", "text-processing"];
const lines = ["Name or initials,Typing speed (wpm),Audio typing,Medical terminology,Office skills,Qualifications,Office or admin experience (months),Customer service experience (months),Healthcare experience (months),Secretarial experience (months),Need to earn while learning,Can study part-time,Nation"];
for (let i = 0; i < n; i++) {
  const q = quals.filter(() => rand() < 0.3).join(";");
  lines.push([`P${i}`, rand() < 0.1 ? "" : Math.floor(rand() * 90), pick(["yes", "no", ""]), pick(["none", "some", "qualified"]), pick(["none", "basic", "confident"]), `"${q}"`, Math.floor(rand() * 48), Math.floor(rand() * 48), Math.floor(rand() * 24), Math.floor(rand() * 24), pick(["yes", "no"]), pick(["yes", "no", ""]), pick(["england", "scotland", "wales", "northern-ireland"])].join(","));
}
process.stdout.write(lines.join("\n") + "\n");
