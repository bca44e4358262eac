// A catalogue's wording is written as tagged templates: t`Closes all ${n} of your essential gaps.`.
// The tag sees the literal text apart from what is put into it, so a test
// locale can change the one and not the other (test/render/pseudo-locale.test.ts):
// what it leaves unchanged on screen did not come from the catalogue.

export type Tag = ((strings: TemplateStringsArray, ...values: readonly (string | number)[]) => string) & {
  /** The language the tag writes, as a BCP 47 tag: what an HTML document declares (`<html lang>`). */
  readonly lang: string;
};

/** The text as written. */
export const asWritten: Tag = Object.assign(
  (strings: TemplateStringsArray, ...values: readonly (string | number)[]) => {
    let out = strings[0] ?? "";
    for (let i = 0; i < values.length; i++) out += String(values[i]) + (strings[i + 1] ?? "");
    return out;
  },
  { lang: "en-GB" },
);

const ACCENTED: Record<string, string> = { a: "á", e: "é", i: "í", o: "ó", u: "ú", y: "ý", A: "Á", E: "É", I: "Í", O: "Ó", U: "Ú", Y: "Ý", c: "ç", n: "ñ", s: "š", z: "ž", C: "Ç", N: "Ñ", S: "Š", Z: "Ž" };

/**
 * A test locale: the catalogue's own text accented and lengthened (each
 * vowel twice), what is put into it left as it is. Text on screen that is
 * still plain English did not come through the catalogue.
 */
export const pseudo: Tag = Object.assign(
  (strings: TemplateStringsArray, ...values: readonly (string | number)[]) => {
    const change = (s: string) => s.replace(/[aeiouyAEIOUY]/g, (v) => ACCENTED[v]!.repeat(2)).replace(/[cnszCNSZ]/g, (c) => ACCENTED[c]!);
    let out = change(strings[0] ?? "");
    for (let i = 0; i < values.length; i++) out += String(values[i]) + change(strings[i + 1] ?? "");
    return out;
  },
  // A private-use region of English, as pseudo-locales are tagged by convention.
  { lang: "en-XA" },
);
