// The engine decides; it does not write for people. Every sentence, label,
// amount of money and formatted number a person reads is worded in
// src/render/words (the en-GB catalogue), from the engine's findings. This
// test reads the engine's source and fails if wording creeps back: a string
// with words and spaces in it, a pound sign, or number formatting. Error
// messages for invalid input (thrown, or an error's hint) are the exception:
// they are for whoever called the engine wrongly.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

const ENGINE = join(ROOT, "src", "engine");
const files = readdirSync(ENGINE).filter((f) => f.endsWith(".ts"));

/** Two words with a space between: "Closes your", "the role". Ids ("medical-secretary"), codes and keys have none. */
const WORDS = /[A-Za-z]{2,} +[A-Za-z]{2,}/;

/**
 * Words still in the engine, each for a reason, until they move (issue 21
 * leaves them): fillIn's stand-ins for data text with no nation data or no
 * role to fill it with, and the nation names nationName() gives. A new entry
 * here needs as good a reason.
 */
const NOT_YET_MOVED = new Set(["nations.ts: the role", "nations.ts: the health service", "nations.ts: the jobs site", "nations.ts: the apprenticeship service", "types.ts: Northern Ireland"]);

/** Whether a literal is part of an error: thrown, passed to an error's constructor, or an error's hint. */
function inError(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isThrowStatement(n)) return true;
    if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.SuperKeyword) return true;
    if (ts.isNewExpression(n) && /Error$/.test(n.expression.getText())) return true;
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && /\.hint$/.test(n.left.getText())) return true;
    if (ts.isFunctionLike(n) || ts.isClassDeclaration(n)) return false;
  }
  return false;
}

/** Every piece of literal text in a file that is not part of an error, with its line. */
function literals(file: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(file, readFileSync(join(ENGINE, file), "utf8"), ts.ScriptTarget.Latest, true);
  const out: { line: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    // Types name codes and keys, never words for people.
    if (ts.isTypeNode(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      // An import's path is not text.
      if (!ts.isImportDeclaration(node.parent) && !ts.isExportDeclaration(node.parent) && !inError(node)) {
        out.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe("src/engine speaks in findings, not English", () => {
  it("has engine files to read", () => expect(files.length).toBeGreaterThan(5));

  it("holds no text with words and spaces, outside error messages", () => {
    const found = files.flatMap((f) => literals(f).filter((l) => WORDS.test(l.text) && !NOT_YET_MOVED.has(`${f}: ${l.text}`)).map((l) => `${f}:${l.line}: ${JSON.stringify(l.text)}`));
    expect(found).toEqual([]);
  });

  it("formats no money or numbers", () => {
    const found = files.flatMap((f) => {
      const text = readFileSync(join(ENGINE, f), "utf8");
      return [...text.matchAll(/£|\.toFixed\(|\.toLocaleString\(|\bIntl\./g)].map((m) => `${f}: ${m[0]}`);
    });
    expect(found).toEqual([]);
  });

  it("would catch a sentence put back (the check itself works)", () => {
    const probe = ts.createSourceFile("probe.ts", 'const reason = { text: "Closes your essential gap." };', ts.ScriptTarget.Latest, true);
    const texts: string[] = [];
    const visit = (n: ts.Node) => {
      if (ts.isStringLiteral(n)) texts.push(n.text);
      ts.forEachChild(n, visit);
    };
    visit(probe);
    expect(texts.some((t) => WORDS.test(t))).toBe(true);
  });
});
