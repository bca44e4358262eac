// Lengths of time written as people say them. The engine needs this for the
// have/need strings and reasons it returns; the renderers reuse it.

export function durationWords(totalMonths: number): string {
  if (totalMonths <= 0) return "none";
  const y = Math.floor(totalMonths / 12);
  const m = Math.round(totalMonths % 12);
  const parts: string[] = [];
  if (y) parts.push(y === 1 ? "1 year" : `${y} years`);
  if (m) parts.push(m === 1 ? "1 month" : `${m} months`);
  return parts.join(" ");
}
