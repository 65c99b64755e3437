/**
 * The options of the node process that runs the language server: the VS Code extension passes
 * them as `execArgv`, and the tests and the benchmark start the server bundle with them, so that
 * what they measure is what the extension runs.
 *
 * - `--max-semi-space-size=4` (MiB): V8's young generation grows to two 16 MiB semi-spaces while a
 *   long text is linted and is never shrunk while the server then idles, 32 MiB held for nothing.
 *   A server's work comes in short bursts; 4 MiB semi-spaces hold 24 MiB less. Measured on the
 *   bench's 200 keystrokes in a 142 kB draft, they cost about 1 ms of scavenging a keystroke over
 *   node's default (2 MiB ones cost about 2 ms, and held no less with a 10 MB text open).
 * - `--expose-gc`: gives the server `gc()`, which it calls once after it has been idle for a
 *   moment following the lint of a long text (see `IdleCollector`). V8 collects when it allocates,
 *   so without it the garbage of the lint (tens of MiB for a 10 MB text) stays resident until the
 *   next burst of work, however long the editor stays idle.
 */
export const LANGUAGE_SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=4', '--expose-gc'];
