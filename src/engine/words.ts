// Names, not wording: a data title's case inside text the data fills in (a
// route's "{role}"), and the closest of a list of names to a mistyped one
// ("did you mean …?"). Wording for people lives in src/render/words.

/**
 * A sentence-case title inside a sentence: "Medical secretary" becomes
 * "medical secretary", but "GP practice manager" and the Word and Excel in
 * "Office skills (Word, Outlook, Excel)" keep their capitals.
 */
export function inSentence(title: string): string {
  return /^[A-Z][a-z]/.test(title) ? title.charAt(0).toLowerCase() + title.slice(1) : title;
}

/**
 * "a" or "an" before a name from the data, by how it is said: "an assistant
 * practice manager", "a GP practice manager", "a unit manager", "an NHS post".
 * Titles are data, so the article cannot be written beside them.
 */
export function withArticle(name: string): string {
  const first = name.split(/[\s-]/)[0] ?? "";
  // An abbreviation said letter by letter: "an NHS …", "an HR …", "a GP …".
  const spelt = first.length >= 2 && first === first.toUpperCase() && /^[A-Z]/.test(first);
  const an = spelt ? /^[AEFHILMNORSX]/.test(first) : /^[aeio]/i.test(name) || (/^u/i.test(name) && !/^u(ni|s[eu]|r[aeiou])/i.test(name));
  return `${an ? "an" : "a"} ${name}`;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The candidate nearest a mistyped word, if any is near enough to be a likely slip. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

