/**
 * Converts between UTF-16 offsets and zero-based line/character positions, as LSP counts them.
 * Lines end at "\n", "\r\n" or a lone "\r". Built once per text in one linear pass.
 */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export class LineIndex {
  readonly #lineStarts: number[];
  readonly #length: number;

  constructor(text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.#lineStarts = starts;
    this.#length = text.length;
  }

  get lineCount(): number {
    return this.#lineStarts.length;
  }

  /** The position of an offset; offsets outside the text are clamped to it. */
  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.#length));
    const starts = this.#lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - starts[low] };
  }

  /** The offset of a position; positions outside the text are clamped to it. */
  offsetAt(position: Position): number {
    const starts = this.#lineStarts;
    if (position.line < 0) return 0;
    if (position.line >= starts.length) return this.#length;
    const lineEnd = position.line + 1 < starts.length ? starts[position.line + 1] : this.#length;
    return Math.max(starts[position.line], Math.min(starts[position.line] + Math.max(0, position.character), lineEnd));
  }
}
