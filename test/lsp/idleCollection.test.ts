import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { IDLE_COLLECTION_DELAY_MS, IdleCollector, LONG_TEXT_LENGTH, type CollectionTimers } from '../../server/src/lsp/idleCollection';
import { createNodeServerHost } from '../../server/src/node/serverHost';
import { LANGUAGE_SERVER_NODE_OPTIONS } from '../../server/src/node/nodeOptions';
import { REPO_ROOT } from '../support/paths';

/** Timers that only fire when the test says time has passed. */
function fakeTimers(): CollectionTimers & { advance(ms: number): void; readonly waiting: number } {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  return {
    setTimeout(callback, ms) {
      const id = next++;
      timers.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advance(ms) {
      now += ms;
      for (const [id, timer] of [...timers]) {
        if (timer.at > now) continue;
        timers.delete(id);
        timer.callback();
      }
    },
    get waiting() {
      return timers.size;
    },
  };
}

describe('IdleCollector', () => {
  it('collects once, after the server has been idle for a moment following work on a long text', () => {
    const timers = fakeTimers();
    let collections = 0;
    const collector = new IdleCollector(() => collections++, timers);
    collector.workDone(LONG_TEXT_LENGTH);
    assert.ok(collector.pending);
    timers.advance(IDLE_COLLECTION_DELAY_MS - 1);
    assert.equal(collections, 0);
    timers.advance(1);
    assert.equal(collections, 1);
    assert.ok(!collector.pending);
    timers.advance(10 * IDLE_COLLECTION_DELAY_MS);
    assert.equal(collections, 1, 'one collection, not one a second');
  });

  it('waits again when more work on a long text comes before the delay is over', () => {
    const timers = fakeTimers();
    let collections = 0;
    const collector = new IdleCollector(() => collections++, timers);
    collector.workDone(5_000_000);
    timers.advance(IDLE_COLLECTION_DELAY_MS / 2);
    collector.workDone(5_000_000);
    timers.advance(IDLE_COLLECTION_DELAY_MS / 2);
    assert.equal(collections, 0);
    assert.equal(timers.waiting, 1, 'the first timer was dropped');
    timers.advance(IDLE_COLLECTION_DELAY_MS / 2);
    assert.equal(collections, 1);
  });

  it('never collects after work on short texts (a keystroke in a draft)', () => {
    const timers = fakeTimers();
    let collections = 0;
    const collector = new IdleCollector(() => collections++, timers);
    collector.workDone(142_000);
    collector.workDone(LONG_TEXT_LENGTH - 1);
    assert.ok(!collector.pending);
    timers.advance(10 * IDLE_COLLECTION_DELAY_MS);
    assert.equal(collections, 0);
  });

  it('does nothing on a host that cannot collect, and drops a pending collection when cancelled', () => {
    const timers = fakeTimers();
    new IdleCollector(undefined, timers).workDone(5_000_000);
    assert.equal(timers.waiting, 0);
    let collections = 0;
    const collector = new IdleCollector(() => collections++, timers);
    collector.workDone(5_000_000);
    collector.cancel();
    timers.advance(10 * IDLE_COLLECTION_DELAY_MS);
    assert.equal(collections, 0);
  });
});

describe('the node process of the language server', () => {
  it('gives the node host a garbage collection when it runs with the options the extension passes, and none without', () => {
    const serverHost = path.join(REPO_ROOT, 'out', 'server', 'src', 'node', 'serverHost.js');
    const script = `process.stdout.write(typeof require(${JSON.stringify(serverHost)}).createNodeServerHost('/nowhere').collectGarbage)`;
    assert.equal(execFileSync(process.execPath, [...LANGUAGE_SERVER_NODE_OPTIONS, '-e', script], { encoding: 'utf8' }), 'function');
    assert.equal(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }), 'undefined');
    assert.equal(typeof globalThis.gc === 'function', typeof createNodeServerHost('/nowhere').collectGarbage === 'function');
  });

  it('runs with a young generation of two 4 MiB semi-spaces, which work on a long text does not grow', () => {
    // Objects that survive a few scavenges, as the model of a long text does while it is built.
    const script = `const kept = []; for (let i = 0; i < 3e6; i++) kept.push({ i }); process.stdout.write(String(require('node:v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size))`;
    const newSpace = (options: readonly string[]) => Number(execFileSync(process.execPath, [...options, '-e', script], { encoding: 'utf8' }));
    assert.equal(newSpace(LANGUAGE_SERVER_NODE_OPTIONS), 8 * 2 ** 20);
    // Node's default lets the same work grow it (up to two 16 MiB semi-spaces).
    assert.ok(newSpace([]) > 8 * 2 ** 20);
  });
});
