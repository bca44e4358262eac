// Ids that docs/contract.md promises exist in the shipped data; other tools depend on them.
export const CONTRACT_QUALIFICATIONS = [
  "gcse-english",
  "gcse-maths",
  "functional-skills-english-l2",
  "functional-skills-maths-l2",
  "amspar-medical-terminology",
  "amspar-diploma-l3",
  "business-admin-l2",
  "business-admin-l3",
  "text-processing",
  "degree",
];

export const CONTRACT_ROLES = [
  "medical-receptionist",
  "medical-secretary",
  "senior-medical-secretary",
  "medical-pa",
  "secretarial-team-leader",
  "practice-manager",
  "clinical-coder",
];

export const CONTRACT_ROUTES = ["apprenticeship", "amspar-diploma", "receptionist-stepping-stone", "direct-application"];

export const CONTRACT_REQUIREMENTS = ["typing-speed", "audio-typing", "medical-terminology", "english-maths", "office-skills", "admin-experience", "healthcare-experience"];
