import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

/**
 * Writes `lines` as an ES module at `file`, runs it in a fresh Node process under tsx, and asserts
 * that the process ended by itself (nothing it left behind, such as an idle thread, kept it alive)
 * with status 0. Returns what it printed.
 */
export function runToItsEnd(file: string, lines: string[]): string {
  writeFileSync(file, lines.join('\n'));
  const run = spawnSync(process.execPath, ['--import', 'tsx', file], {
    cwd: new URL('..', import.meta.url),
    encoding: 'utf8',
    timeout: 20_000,
  });
  assert.equal(run.signal, null, 'the process ended by itself, not by the timeout');
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}
