// A parsed answers document (a workshop row, a list item, a file) as one
// string, so that the same answers given again are checked only once: a
// workshop's form often holds the same answers many times over.

/** Deeper or longer than any answers document needs: such a value is simply checked afresh. */
const MAX_DEPTH = 6;
const MAX_LENGTH = 4096;

/**
 * The same string for the same plain data and a different one for any
 * other (NaN is not null, "1" is not 1, a missing key is not one set to
 * undefined); undefined for anything that is not plain data, or is too big.
 */
export function answersKey(value: unknown): string | undefined {
  // Pieces joined once: a string built up piece by piece is kept as all its pieces, several times the memory.
  const parts: string[] = [];
  if (!encode(value, 0, parts)) return undefined;
  const key = parts.join("");
  return key.length <= MAX_LENGTH ? key : undefined;
}

/** Adds the value's pieces to `parts`; false if it is not plain data. */
function encode(value: unknown, depth: number, parts: string[]): boolean {
  switch (typeof value) {
    case "undefined":
      parts.push("u");
      return true;
    case "boolean":
      parts.push(value ? "t" : "f");
      return true;
    case "number":
      parts.push(`n${Object.is(value, -0) ? "-0" : String(value)};`);
      return true;
    case "string":
      parts.push(JSON.stringify(value));
      return true;
    case "object": {
      if (value === null) {
        parts.push("z");
        return true;
      }
      if (depth >= MAX_DEPTH || parts.length > MAX_LENGTH) return false;
      if (Array.isArray(value)) {
        parts.push("[");
        for (const item of value) if (!encode(item, depth + 1, parts)) return false;
        parts.push("]");
        return true;
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return false;
      parts.push("{");
      for (const [name, item] of Object.entries(value)) {
        parts.push(JSON.stringify(name));
        if (!encode(item, depth + 1, parts)) return false;
      }
      parts.push("}");
      return true;
    }
    default:
      return false;
  }
}
