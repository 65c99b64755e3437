/** The result of reading JSON text: its value, or where and why it is not JSON. */
export type JsonReadResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly offset: number; readonly reason: string };

/**
 * Reads JSON text (RFC 8259). The value comes from `JSON.parse`; when that fails, a scan of the
 * text finds the offset of the first mistake and names it in words a person editing the file
 * understands ("a comma before '}'", "comments are not allowed"), which the engine's messages
 * neither do nor place consistently.
 */
export function readJson(text: string): JsonReadResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const mistake = new JsonScanner(text).firstMistake();
    if (mistake) return { ok: false, ...mistake };
    // The engine's message quotes the text; a file that is not JSON gets no part of it echoed.
    return { ok: false, offset: 0, reason: error instanceof SyntaxError ? 'not valid JSON' : String(error) };
  }
}

interface Mistake {
  readonly offset: number;
  readonly reason: string;
}

class MistakeFound extends Error {
  constructor(readonly mistake: Mistake) {
    super(mistake.reason);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'] as const;

/** A recursive-descent scan of JSON text that only checks its syntax. */
class JsonScanner {
  #at = 0;

  constructor(readonly text: string) {}

  firstMistake(): Mistake | undefined {
    try {
      this.#value(true);
      this.#skipSpace();
      if (this.#at < this.text.length) this.#fail('unexpected text after the end of the JSON value');
      return undefined;
    } catch (error) {
      if (error instanceof MistakeFound) return error.mistake;
      throw error;
    }
  }

  #fail(reason: string, offset = this.#at): never {
    throw new MistakeFound({ offset, reason });
  }

  #describeHere(): string {
    if (this.#at >= this.text.length) return 'the end of the file';
    return `'${String.fromCodePoint(this.text.codePointAt(this.#at)!)}'`;
  }

  #skipSpace(): void {
    for (;;) {
      const c = this.text[this.#at];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
        this.#at++;
      } else if (c === '/' && (this.text[this.#at + 1] === '/' || this.text[this.#at + 1] === '*')) {
        this.#fail('comments are not allowed in JSON');
      } else {
        return;
      }
    }
  }

  /** A value; `top` for the value the whole text is, where a file that is not JSON at all gets no character of it echoed. */
  #value(top = false): void {
    this.#skipSpace();
    const c = this.text[this.#at];
    if (c === '{') return this.#object();
    if (c === '[') return this.#array();
    if (c === '"') return this.#string();
    if (c === "'") this.#fail('strings are written in double quotes in JSON');
    NUMBER.lastIndex = this.#at;
    if (NUMBER.test(this.text)) {
      this.#at = NUMBER.lastIndex;
      return;
    }
    for (const literal of LITERALS) {
      if (this.text.startsWith(literal, this.#at)) {
        this.#at += literal.length;
        return;
      }
    }
    if (top) this.#fail('the text does not begin with a JSON value');
    this.#fail(`expected a value (a string, number, object, array, true, false or null), found ${this.#describeHere()}`);
  }

  #object(): void {
    this.#at++; // {
    this.#skipSpace();
    if (this.text[this.#at] === '}') {
      this.#at++;
      return;
    }
    for (;;) {
      this.#skipSpace();
      if (this.text[this.#at] !== '"') this.#fail(`expected a property name in double quotes, found ${this.#describeHere()}`);
      this.#string();
      this.#skipSpace();
      if (this.text[this.#at] !== ':') this.#fail(`expected ':' after the property name, found ${this.#describeHere()}`);
      this.#at++;
      this.#value();
      this.#skipSpace();
      const c = this.text[this.#at];
      if (c === '}') {
        this.#at++;
        return;
      }
      if (c !== ',') this.#fail(`expected ',' or '}' after the property value, found ${this.#describeHere()}`);
      const comma = this.#at++;
      this.#skipSpace();
      if (this.text[this.#at] === '}') this.#fail("a comma before '}' is not allowed in JSON", comma);
    }
  }

  #array(): void {
    this.#at++; // [
    this.#skipSpace();
    if (this.text[this.#at] === ']') {
      this.#at++;
      return;
    }
    for (;;) {
      this.#value();
      this.#skipSpace();
      const c = this.text[this.#at];
      if (c === ']') {
        this.#at++;
        return;
      }
      if (c !== ',') this.#fail(`expected ',' or ']' after the array element, found ${this.#describeHere()}`);
      const comma = this.#at++;
      this.#skipSpace();
      if (this.text[this.#at] === ']') this.#fail("a comma before ']' is not allowed in JSON", comma);
    }
  }

  #string(): void {
    const opening = this.#at++;
    for (;;) {
      if (this.#at >= this.text.length) this.#fail('this string is never closed', opening);
      const code = this.text.charCodeAt(this.#at);
      if (code === 0x22 /* " */) {
        this.#at++;
        return;
      }
      if (code < 0x20) this.#fail(code === 0x0a || code === 0x0d ? 'this string is never closed on its line' : 'a control character must be escaped in a string', code === 0x0a || code === 0x0d ? opening : this.#at);
      if (code === 0x5c /* \ */) {
        const escape = this.text[this.#at + 1];
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.#at + 2, this.#at + 6))) this.#fail('\\u must be followed by four hexadecimal digits');
          this.#at += 6;
          continue;
        }
        if (escape === undefined || !'"\\/bfnrt'.includes(escape)) this.#fail(`'\\${escape ?? ''}' is not an escape JSON knows`);
        this.#at += 2;
        continue;
      }
      this.#at++;
    }
  }
}

/** A place in a JSON value: property names and array indexes from the top. */
export type JsonPath = ReadonlyArray<string | number>;

/**
 * The offset in JSON text of the value at `path`, or of the deepest value on the way that exists;
 * 0 for text that is not JSON. For messages that name the line of a value that is wrong.
 */
export function jsonValueOffset(text: string, path: JsonPath): number {
  let at = 0;
  const skipSpace = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at])) at++;
  };
  const skipString = () => {
    at++;
    while (at < text.length && text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
    at++;
  };
  const skipValue = (): void => {
    skipSpace();
    const c = text[at];
    if (c === '"') return skipString();
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      at++;
      skipSpace();
      if (text[at] === close) {
        at++;
        return;
      }
      for (;;) {
        if (c === '{') {
          skipSpace();
          skipString();
          skipSpace();
          at++; // :
        }
        skipValue();
        skipSpace();
        if (text[at++] !== ',') return;
      }
    }
    while (at < text.length && !',]} \t\n\r'.includes(text[at])) at++;
  };
  try {
    skipSpace();
    for (const step of path) {
      const c = text[at];
      const here = at;
      if (typeof step === 'number' && c === '[') {
        at++;
        for (let i = 0; i < step; i++) {
          skipValue();
          skipSpace();
          if (text[at] !== ',') return here;
          at++;
        }
        skipSpace();
        if (text[at] === ']') return here;
      } else if (typeof step === 'string' && c === '{') {
        at++;
        let found = false;
        for (;;) {
          skipSpace();
          if (text[at] !== '"') return here;
          const keyStart = at;
          skipString();
          const key = JSON.parse(text.slice(keyStart, at)) as string;
          skipSpace();
          at++; // :
          skipSpace();
          if (key === step) {
            found = true;
            break;
          }
          skipValue();
          skipSpace();
          if (text[at] !== ',') return here;
          at++;
        }
        if (!found) return here;
      } else {
        return here;
      }
    }
    return at;
  } catch {
    return 0;
  }
}
