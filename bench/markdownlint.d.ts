// markdownlint ships ES modules with types that this project's "node" module resolution cannot
// reach through the package's exports map; Node loads it with require() all the same.
declare module 'markdownlint/sync' {
  /** Lints each string of `strings` with the default rules; the findings by string name. */
  export function lint(options: { readonly strings: Readonly<Record<string, string>> }): Record<string, readonly unknown[]>;
}
