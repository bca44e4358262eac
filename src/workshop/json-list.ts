// A JSON list of answers read item by item as its text arrives, so that a
// list of a hundred thousand attendees never sits in memory whole: the
// scanner finds where each top-level item starts and ends (minding strings and
// nesting), and each item's text is parsed on its own.

export interface ListItem {
  /** The item's text, exactly as in the file. */
  text: string;
  /** The line (1-based) the item starts on. */
  line: number;
}

/** The list cannot be split: broken JSON around or between the items. */
export class JsonListError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = "JsonListError";
  }
}

const enum State {
  /** Before the opening "[". */
  Before,
  /** Between items, after "[" or ",". */
  Between,
  /** Inside an item. */
  Item,
  /** After the closing "]". */
  After,
}

/**
 * Splits the text of a top-level JSON array, given in pieces, into its items.
 * Call `push` with each piece and `end` once; both return the items completed.
 * An item longer than `maxItem` characters is refused, so that a file with no
 * end to its first item cannot fill memory.
 */
export class JsonListSplitter {
  private state = State.Before;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private line = 1;
  private itemLine = 1;
  private item = "";
  /** Set once the list has held an item, to tell "[1,]" from "[]". */
  private sawComma = false;

  constructor(private readonly maxItem = 1024 * 1024) {}

  push(piece: string): ListItem[] {
    const done: ListItem[] = [];
    let from = 0;
    for (let i = 0; i < piece.length; i++) {
      const c = piece.charCodeAt(i);
      if (c === 10) this.line++;
      if (this.state === State.Item) {
        if (this.inString) {
          if (this.escaped) this.escaped = false;
          else if (c === 92 /* \ */) this.escaped = true;
          else if (c === 34 /* " */) this.inString = false;
          continue;
        }
        if (c === 34) this.inString = true;
        else if (c === 91 /* [ */ || c === 123 /* { */) this.depth++;
        else if (c === 93 /* ] */ || c === 125 /* } */) {
          if (this.depth > 0) {
            this.depth--;
            continue;
          }
          // The list's own "]": the item ends here, and so does the list.
          if (c === 125) throw new JsonListError("not valid JSON: a } with no { to close", this.line);
          done.push(this.finish(piece.slice(from, i)));
          this.state = State.After;
        } else if (c === 44 /* , */ && this.depth === 0) {
          done.push(this.finish(piece.slice(from, i)));
          this.state = State.Between;
          this.sawComma = true;
        }
        continue;
      }
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff) continue;
      if (this.state === State.Before) {
        if (c !== 91) throw new JsonListError("should be a list: [ { … }, … ]", this.line);
        this.state = State.Between;
      } else if (this.state === State.Between) {
        if (c === 93 && !this.sawComma) {
          this.state = State.After;
          continue;
        }
        if (c === 44 || c === 93) throw new JsonListError(`not valid JSON: an empty item before this ${String.fromCharCode(c)}`, this.line);
        this.state = State.Item;
        this.itemLine = this.line;
        this.item = "";
        from = i;
        // Re-read this character (never a line end) as the item's first.
        i--;
      } else {
        throw new JsonListError("not valid JSON: more text after the list's closing ]", this.line);
      }
    }
    if (this.state === State.Item) {
      this.item += piece.slice(from);
      this.checkSize(this.item.length);
    }
    return done;
  }

  end(): void {
    if (this.state === State.Before) throw new JsonListError("is empty; it should be a list: [ { … }, … ]", this.line);
    if (this.state !== State.After) throw new JsonListError("not valid JSON: the list has no closing ]", this.line);
  }

  private checkSize(length: number): void {
    if (length > this.maxItem) throw new JsonListError(`an item is longer than ${Math.round(this.maxItem / 1024)} kB; each attendee's answers take a few hundred characters`, this.itemLine);
  }

  private finish(tail: string): ListItem {
    const text = (this.item + tail).trim();
    this.checkSize(text.length);
    this.item = "";
    return { text, line: this.itemLine };
  }
}
