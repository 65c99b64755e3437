/** How long (UTF-16 code units) a document must be for its lint to be followed by a collection. */
export const LONG_TEXT_LENGTH = 1_000_000;

/** How long the server must have had nothing more to do before it collects. */
export const IDLE_COLLECTION_DELAY_MS = 1000;

/** The timer functions the collector uses; tests pass fake ones. */
export interface CollectionTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const REAL_TIMERS: CollectionTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Collects the garbage of long texts once the server is idle. Linting (or closing) a 10 MB text
 * leaves tens of MiB of garbage that V8 would only collect when the server next allocates, which
 * an idle server does not do: its resident memory stays at the peak of the lint. Each piece of
 * work on a long text (re)starts a timer; when IDLE_COLLECTION_DELAY_MS pass without more, the
 * collector runs one full collection. Work on short texts never triggers one (their garbage is
 * small, and a collection would cost a keystroke a few milliseconds).
 */
export class IdleCollector {
  #timer: unknown;
  readonly #collect: (() => void) | undefined;
  readonly #timers: CollectionTimers;
  readonly #delayMs: number;

  /** @param collect The host's full garbage collection; without one the collector does nothing. */
  constructor(collect: (() => void) | undefined, timers: CollectionTimers = REAL_TIMERS, delayMs = IDLE_COLLECTION_DELAY_MS) {
    this.#collect = collect;
    this.#timers = timers;
    this.#delayMs = delayMs;
  }

  /** The server finished (or gave up) a piece of work on a text of `textLength` code units. */
  workDone(textLength: number): void {
    const collect = this.#collect;
    if (!collect || textLength < LONG_TEXT_LENGTH) return;
    this.cancel();
    this.#timer = this.#timers.setTimeout(() => {
      this.#timer = undefined;
      collect();
    }, this.#delayMs);
  }

  /** Whether a collection is waiting for the server to stay idle. */
  get pending(): boolean {
    return this.#timer !== undefined;
  }

  /** Drops a pending collection (the server shuts down). */
  cancel(): void {
    if (this.#timer !== undefined) this.#timers.clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
