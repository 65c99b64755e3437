/**
 * Watches the bytes an editor sends on standard input for the framing of the language server
 * protocol ("Content-Length: N", a blank line, N bytes of body). vscode-jsonrpc reports a broken
 * header and then waits for ever for a header it can read, so the server would stay alive and never
 * answer again, and no editor would restart it. On a broken header the guard says so on stderr and
 * exits: the editor sees the server die and restarts it. A well-framed but malformed body is left
 * to the connection, which answers it with an error and goes on.
 */

/** A header longer than this without its blank line is not a header (real ones are under 100 bytes). */
const MAX_HEADER_BYTES = 8192;
/** A complete header line, "Name: value": a name of HTTP token characters, a value of printable ASCII. */
const HEADER_LINE = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+:[\x20-\x7e]*$/;
/** The start of a header line not complete yet. */
const PARTIAL_HEADER_LINE = /^[A-Za-z0-9!#$%&'*+.^_`|~-]*(?::[\x20-\x7e]*)?\r?$/;

/** Reads the framing of a byte stream chunk by chunk; `feed` returns the problem of the first broken header, if any. */
export class FramingGuard {
  private header = '';
  private bodyLeft = 0;

  feed(chunk: Uint8Array): string | undefined {
    let at = 0;
    while (at < chunk.length) {
      if (this.bodyLeft > 0) {
        const taken = Math.min(this.bodyLeft, chunk.length - at);
        this.bodyLeft -= taken;
        at += taken;
        continue;
      }
      // Header bytes, one at a time until the blank line: headers are short.
      this.header += String.fromCharCode(chunk[at++]);
      if (this.header.endsWith('\r\n\r\n')) {
        const problem = this.readHeader(this.header.slice(0, -4));
        if (problem) return problem;
        this.header = '';
        continue;
      }
      const problem = this.checkPartialHeader();
      if (problem) return problem;
    }
    return undefined;
  }

  private readHeader(header: string): string | undefined {
    let length: number | undefined;
    for (const line of header.split('\r\n')) {
      if (!HEADER_LINE.test(line)) return `a header line is not "Name: value": ${JSON.stringify(line.slice(0, 40))}`;
      const colon = line.indexOf(':');
      if (line.slice(0, colon).toLowerCase() === 'content-length') {
        const value = line.slice(colon + 1).trim();
        if (!/^\d{1,12}$/.test(value)) return `Content-Length is not a number: ${JSON.stringify(value.slice(0, 40))}`;
        length = Number(value);
      }
    }
    if (length === undefined) return 'a message header has no Content-Length';
    this.bodyLeft = length;
    return undefined;
  }

  private checkPartialHeader(): string | undefined {
    if (this.header.length > MAX_HEADER_BYTES) return `no blank line after ${MAX_HEADER_BYTES} bytes of message header`;
    const lineStart = this.header.lastIndexOf('\n') + 1;
    // A line just ended: it must be a whole header line (the blank line that ends the header is read in `feed`).
    if (lineStart === this.header.length) {
      const line = this.header.slice(this.header.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 2);
      return line === '' || HEADER_LINE.test(line) ? undefined : `a header line is not "Name: value": ${JSON.stringify(line.slice(0, 40))}`;
    }
    const last = this.header.slice(lineStart);
    return PARTIAL_HEADER_LINE.test(last) ? undefined : `bytes that are no message header: ${JSON.stringify(last.slice(0, 40))}`;
  }
}

/**
 * When the server talks over standard input (--stdio), exits with a message on stderr as soon as
 * the input breaks the protocol's framing.
 */
export function exitOnBrokenFraming(argv: readonly string[], input: NodeJS.ReadableStream, exit: (message: string) => void): void {
  if (!argv.includes('--stdio')) return;
  const guard = new FramingGuard();
  let stopped = false;
  input.on('data', (chunk: Buffer | string) => {
    if (stopped) return;
    const problem = guard.feed(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    if (problem) {
      stopped = true;
      exit(`unres server: the editor sent input that breaks the language server protocol (${problem}); exiting so that it can start the server again.`);
    }
  });
}
