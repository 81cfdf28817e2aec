// Auth0's Deploy CLI (`a0deploy`) for the tests: installed from the registry into a project of its
// own, with the exact tree of test/fixtures/deploy-cli/package-lock.json, and run with a time limit.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

const FIXTURE = fileURLToPath(new URL('./fixtures/deploy-cli/', import.meta.url));

/** What the tools print must be plain text for the tests to read it. */
const PLAIN_OUTPUT = { NO_COLOR: '1', FORCE_COLOR: '0' };

export interface CommandResult {
  code: number | null;
  /** stdout and stderr together, without terminal escapes. */
  output: string;
}

/**
 * Runs a command to its end in a process group of its own; past `timeoutMs` the whole group is
 * killed and the result says so, so a hung tool fails the test instead of holding it.
 */
export function runCommand(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...(options.env ?? process.env), ...PLAIN_OUTPUT },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    const collect = (chunk: string) => (output += chunk);
    child.stdout.setEncoding('utf8').on('data', collect);
    child.stderr.setEncoding('utf8').on('data', collect);
    const timer = setTimeout(() => {
      output += `\n[killed after ${options.timeoutMs} ms]`;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, options.timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output: stripVTControlCharacters(output) });
    });
  });
}

export interface DeployCli {
  /** Runs `a0deploy <args>`. */
  run(args: string[], env: NodeJS.ProcessEnv): Promise<CommandResult>;
  /** The CLI's own YAML library (js-yaml), to read and edit what it writes. */
  yaml: { load(text: string): unknown; dump(value: unknown): string };
}

/**
 * Installs the pinned CLI with `npm ci` into a temporary directory named by the fixture's hash
 * (kept between runs, so a second run installs nothing) and returns a way to run it.
 */
export async function installDeployCli(timeoutMs: number): Promise<DeployCli> {
  const hash = createHash('sha256')
    .update(await readFile(join(FIXTURE, 'package.json')))
    .update(await readFile(join(FIXTURE, 'package-lock.json')))
    .digest('hex')
    .slice(0, 16);
  const dir = join(tmpdir(), `sms-login-deploy-cli-${hash}`);
  if (!existsSync(dir)) {
    // Installed beside it, then renamed: a run that stops halfway leaves no directory that
    // looks installed, and two runs at once do not install into the same one.
    const staging = `${dir}.${process.pid}`;
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    await copyFile(join(FIXTURE, 'package.json'), join(staging, 'package.json'));
    await copyFile(join(FIXTURE, 'package-lock.json'), join(staging, 'package-lock.json'));
    const npm = await runCommand(
      'npm',
      ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'],
      { cwd: staging, timeoutMs },
    );
    if (npm.code !== 0) throw new Error(`npm ci of auth0-deploy-cli failed:\n${npm.output}`);
    try {
      await rename(staging, dir);
    } catch (error) {
      // Another run installed it first.
      if (!existsSync(dir)) throw error;
      await rm(staging, { recursive: true, force: true });
    }
  }
  const require = createRequire(join(dir, 'package.json'));
  const bin = require.resolve('auth0-deploy-cli/lib/index.js');
  const yaml = createRequire(bin)('js-yaml') as DeployCli['yaml'];
  return {
    run: (args, env) =>
      runCommand(process.execPath, [bin, ...args], { env, cwd: dir, timeoutMs: 120_000 }),
    yaml,
  };
}
