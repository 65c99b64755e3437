import { parseResolution, type ResolutionDocument } from '../core';

/** What the cache needs to know about an open document: who it is, which version, its text. */
export interface VersionedText {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

interface CacheEntry {
  readonly version: number;
  readonly model: ResolutionDocument;
}

/** How many parsed documents the cache keeps by default. */
export const DEFAULT_MODEL_CACHE_CAPACITY = 16;

/**
 * Parses each document version once and shares the model between every feature of the server
 * (diagnostics, outline, ...). Keeps the models of the most recently used documents, up to a
 * fixed number; a new version of a document replaces the model of its old version.
 */
export class DocumentModelCache {
  readonly #entries = new Map<string, CacheEntry>();
  readonly #capacity: number;
  readonly #parse: (text: string) => ResolutionDocument;

  /**
   * @param capacity How many documents to keep models for (at least 1).
   * @param parse The parser; tests pass a counting wrapper around `parseResolution`.
   */
  constructor(capacity = DEFAULT_MODEL_CACHE_CAPACITY, parse: (text: string) => ResolutionDocument = parseResolution) {
    this.#capacity = Math.max(1, capacity);
    this.#parse = parse;
  }

  /** The model of this version of the document, parsed now if the cache does not hold it. */
  get(document: VersionedText): ResolutionDocument {
    const cached = this.#entries.get(document.uri);
    // A Map iterates in insertion order: deleting and re-inserting makes this uri the newest.
    this.#entries.delete(document.uri);
    const entry = cached && cached.version === document.version ? cached : { version: document.version, model: this.#parse(document.getText()) };
    this.#entries.set(document.uri, entry);
    while (this.#entries.size > this.#capacity) {
      const oldest = this.#entries.keys().next().value as string;
      this.#entries.delete(oldest);
    }
    return entry.model;
  }

  /**
   * Drops the model of an older version of the document, if the cache holds one: it can never be
   * used again (the next `get` parses the new text afresh), and it should not stay alive beside
   * the model of the new version while that one is parsed (for a 10 MB text, tens of MiB).
   */
  dropOutdated(document: VersionedText): void {
    const cached = this.#entries.get(document.uri);
    if (cached && cached.version !== document.version) this.#entries.delete(document.uri);
  }

  /** Drops the model of a document, for example when it is closed. */
  delete(uri: string): void {
    this.#entries.delete(uri);
  }

  /** The number of documents that currently have a model. */
  get size(): number {
    return this.#entries.size;
  }
}
