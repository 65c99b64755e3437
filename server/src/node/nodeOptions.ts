/**
 * The options of the node process that runs the language server: the VS Code extension passes
 * them as `execArgv`, and the tests and the benchmark start the server bundle with them, so that
 * what they measure is what the extension runs.
 *
 * - `--max-semi-space-size=2` (MiB): V8's young generation grows to two 16 MiB semi-spaces while a
 *   long text is linted and is never shrunk while the server then idles, 32 MiB held for nothing;
 *   a server's work comes in short bursts, and with 2 MiB semi-spaces each scavenge is short (a
 *   pause of a millisecond or two on a keystroke instead of several on every third one).
 * - `--expose-gc`: gives the server `gc()`, which it calls once after it has been idle for a
 *   moment following the lint of a long text (see `IdleCollector`). V8 collects when it allocates,
 *   so without it the garbage of the lint (tens of MiB for a 10 MB text) stays resident until the
 *   next burst of work, however long the editor stays idle.
 */
export const LANGUAGE_SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=2', '--expose-gc'];
