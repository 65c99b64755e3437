import type { CancellationToken } from 'vscode-languageserver';
import { lintInSteps, parseResolution, type Finding, type ParseOptions, type ResolutionDocument, type RuleConfig, type RuleContext } from '../core';

/** What the cache needs to know about an open document: who it is, which version, its text. */
export interface VersionedText {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

/** The core's analysis as the cache runs it; tests pass counting wrappers. */
export interface Analyzer {
  parse(text: string, options?: ParseOptions): ResolutionDocument;
  lintInSteps(model: ResolutionDocument, config: RuleConfig, context: RuleContext): Generator<void, Finding[]>;
}

export const CORE_ANALYZER: Analyzer = { parse: parseResolution, lintInSteps };

/** What a document is linted with: its rule configuration and what the rules consult (its treaty table). */
export interface LintSettings {
  readonly config: RuleConfig;
  readonly context: RuleContext;
}

/**
 * The findings of one version of a document under one set of settings, and what handlers derive
 * from them (diagnostics, fix-all edits, statistics), each computed once.
 */
export class VersionFindings {
  readonly #derived = new Map<string, unknown>();

  constructor(
    readonly version: number,
    readonly findings: readonly Finding[],
  ) {}

  /** `compute()`, the first time `key` is asked for; the kept value after that. */
  derived<T>(key: string, compute: (findings: readonly Finding[]) => T): T {
    if (!this.#derived.has(key)) this.#derived.set(key, compute(this.findings));
    return this.#derived.get(key) as T;
  }
}

/** How long a lint runs before it lets other messages (a hover, a change) through. */
export const LINT_SLICE_MS = 20;

const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

type LintOutcome = { readonly findings: VersionFindings } | { readonly error: unknown } | undefined;

/** The lint of one version under one set of settings, running in slices or done. */
interface LintRun {
  readonly configKey: string;
  readonly context: RuleContext;
  /** Settles when the lint is done, fails, or stops because its version is gone. */
  outcome: Promise<LintOutcome>;
  done?: VersionFindings;
  failed?: boolean;
}

interface VersionEntry {
  readonly version: number;
  readonly model: ResolutionDocument;
  readonly derived: Map<string, unknown>;
  run?: LintRun;
}

/** How many documents the cache keeps analyses of by default. */
export const DEFAULT_ANALYSIS_CAPACITY = 16;

/**
 * The one owner of "the model and findings of version N of document D": every handler of the
 * server reads them from here. Each version is parsed once and linted once (per set of settings),
 * in slices of about LINT_SLICE_MS so that a very long text never blocks the server; requests that
 * want the findings while the lint runs wait for that same lint. What handlers derive from the
 * model (semantic tokens, folding ranges, outline) or from the findings (diagnostics, fix-all
 * edits, statistics) is kept with the version too. A new version drops everything of the old one
 * and stops its lint at the next pause. The analyses of the most recently used documents are kept,
 * up to a fixed number.
 */
export class DocumentAnalyses {
  readonly #entries = new Map<string, VersionEntry>();
  readonly #capacity: number;
  readonly #analyzer: Analyzer;

  readonly #parseOptions: (uri: string) => ParseOptions;

  /**
   * @param parseOptions What the host knows of a document before it is read (the language its
   *   project file sets); asked when a version is parsed.
   */
  constructor(capacity = DEFAULT_ANALYSIS_CAPACITY, analyzer: Analyzer = CORE_ANALYZER, parseOptions: (uri: string) => ParseOptions = () => ({})) {
    this.#capacity = Math.max(1, capacity);
    this.#analyzer = analyzer;
    this.#parseOptions = parseOptions;
  }

  /** Forgets every analysis: what the documents are read with changed (a project file's language). */
  clear(): void {
    this.#entries.clear();
  }

  /** The model of this version of the document, parsed now if the cache does not hold it. */
  model(document: VersionedText): ResolutionDocument {
    return this.#entryOf(document).model;
  }

  /** Something derived from the model of this version, computed the first time it is asked for. */
  derived<T>(document: VersionedText, key: string, compute: (model: ResolutionDocument) => T): T {
    const entry = this.#entryOf(document);
    if (!entry.derived.has(key)) entry.derived.set(key, compute(entry.model));
    return entry.derived.get(key) as T;
  }

  /**
   * The findings of this version of the document under these settings: at once when they are
   * known, else when the lint of the version (started now, or already running for another
   * request) is done. Undefined when the version is overtaken by a newer one, the document is
   * closed, or `token` is cancelled before then. A cancelled request stops waiting; the lint goes
   * on while its version is current, as the next request for that version needs it.
   */
  async findings(document: VersionedText, settings: LintSettings, token?: CancellationToken): Promise<VersionFindings | undefined> {
    if (token?.isCancellationRequested) return undefined;
    const entry = this.#entryOf(document);
    const configKey = JSON.stringify(settings.config);
    let run = entry.run;
    if (!run || run.failed || run.configKey !== configKey || run.context.treaties !== settings.context.treaties) {
      run = this.#startLint(document.uri, entry, configKey, settings);
    }
    if (run.done) return run.done;
    const outcome = await (token ? untilCancelled(run.outcome, token) : run.outcome);
    if (outcome && 'error' in outcome) throw outcome.error;
    return outcome?.findings;
  }

  /**
   * Drops the analysis of an older version of the document, if the cache holds one: it can never
   * be used again, its lint stops at its next pause, and its model should not stay alive beside
   * the model of the new version while that one is parsed (for a 10 MB text, tens of MiB).
   */
  dropOutdated(document: VersionedText): void {
    const cached = this.#entries.get(document.uri);
    if (cached && cached.version !== document.version) this.#entries.delete(document.uri);
  }

  /** Drops the analysis of a document, for example when it is closed. */
  delete(uri: string): void {
    this.#entries.delete(uri);
  }

  /** The number of documents that currently have an analysis. */
  get size(): number {
    return this.#entries.size;
  }

  #entryOf(document: VersionedText): VersionEntry {
    const cached = this.#entries.get(document.uri);
    // A Map iterates in insertion order: deleting and re-inserting makes this uri the newest.
    this.#entries.delete(document.uri);
    const entry = cached && cached.version === document.version ? cached : { version: document.version, model: this.#analyzer.parse(document.getText(), this.#parseOptions(document.uri)), derived: new Map() };
    this.#entries.set(document.uri, entry);
    while (this.#entries.size > this.#capacity) {
      const oldest = this.#entries.keys().next().value as string;
      this.#entries.delete(oldest);
    }
    return entry;
  }

  #startLint(uri: string, entry: VersionEntry, configKey: string, settings: LintSettings): LintRun {
    const run: LintRun = { configKey, context: settings.context, outcome: Promise.resolve(undefined) };
    entry.run = run;
    run.outcome = this.#lintInSlices(this.#analyzer.lintInSteps(entry.model, settings.config, settings.context), run, () => this.#entries.get(uri) === entry && entry.run === run, entry.version);
    return run;
  }

  /** Runs a lint to its end in slices; stops at a pause when `current` says its version or settings are gone. */
  async #lintInSlices(steps: Generator<void, Finding[]>, run: LintRun, current: () => boolean, version: number): Promise<LintOutcome> {
    try {
      // Date.now, not performance.now: the web worker host need not have the latter.
      let sliceStart = Date.now();
      for (;;) {
        const step = steps.next();
        if (step.done) {
          run.done = new VersionFindings(version, step.value);
          return { findings: run.done };
        }
        if (Date.now() - sliceStart < LINT_SLICE_MS) continue;
        await nextTurn();
        if (!current()) return undefined;
        sliceStart = Date.now();
      }
    } catch (error) {
      // Asked again, the version is linted again rather than failing for good.
      run.failed = true;
      return { error };
    }
  }
}

/** What `outcome` settles to, or undefined as soon as `token` is cancelled. */
function untilCancelled<T>(outcome: Promise<T>, token: CancellationToken): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const listener = token.onCancellationRequested(() => {
      listener.dispose();
      resolve(undefined);
    });
    outcome.then(
      (value) => {
        listener.dispose();
        resolve(value);
      },
      (error: unknown) => {
        listener.dispose();
        reject(error);
      },
    );
  });
}
