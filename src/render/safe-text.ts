// Text that came from outside (a CSV cell, an answers file, a --data file, a
// path on the command line) may hold control characters: an escape sequence
// can retitle or clear the terminal, a carriage return can overwrite a line,
// a bidirectional override can make a cell read backwards. Before such text is
// printed or put in a document it passes through here, and each of those
// characters is shown as what it is (\x1b, \r, \u202e) instead of acting.

// C0 controls and DEL, C1 controls, and the invisible format characters that
// reorder or hide text (zero-width, bidi embeddings, overrides and isolates, BOM).
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;
const UNSAFE_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function visible(c: string): string {
  const named = NAMED[c];
  if (named) return named;
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** One line of text, safe to print: every control or hidden format character is shown escaped, newlines included. */
export function safeText(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** Text that may run over several lines (ours, joined with "\n"): the line breaks stay, everything else is made safe. */
export function safeLines(text: string): string {
  return text.replace(/\r\n/g, "\n").replace(UNSAFE_BUT_NEWLINE, visible);
}

/**
 * A name or title from input, for a heading or a table cell of a document:
 * made safe, with line breaks and tabs turned into single spaces, so that a
 * name cannot start a heading, a quote or a list of its own.
 */
export function oneLine(text: string): string {
  return safeText(text.replace(/[\r\n\t\u2028\u2029]+/g, " "));
}

// JSON.stringify escapes only U+0000 to U+001F: DEL, the C1 controls (U+009B
// is a CSI to some terminals) and the invisible format characters would reach
// a terminal that shows the JSON as they are. Inside a JSON string \uXXXX is
// the same character, so escaping them changes no value.
const JSON_UNSAFE = /[\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;
// The same characters, for a test that keeps no lastIndex between calls.
const HAS_JSON_UNSAFE = new RegExp(JSON_UNSAFE.source);

/** JSON text (from JSON.stringify) with every character that could act on a terminal written as \uXXXX. */
export function jsonSafe(json: string): string {
  // Almost all JSON has none: a test is far cheaper than a replace that finds nothing (10,000 workshop attendees).
  if (!HAS_JSON_UNSAFE.test(json)) return json;
  return json.replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * A path as one word to paste into a shell: as it is where that is safe, else
 * in single quotes. Made safe too, so that it stays on one line wherever it is
 * printed (a YAML comment, a message).
 */
export function shellWord(path: string): string {
  const word = /^[\w./@+-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
  return safeText(word);
}
