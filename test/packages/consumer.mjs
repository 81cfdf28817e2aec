// Fresh consumer projects for the packed packages: a temporary folder, a package.json, the
// tarballs and a few packages from the registry (npm's cache makes a second run quick).
import { execFile, spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify, stripVTControlCharacters } from 'node:util';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
/** The repository's own tools, run on the consumers' files (they are not what is tested). */
export const TOOL = {
  tsc: join(REPO, 'node_modules/typescript/bin/tsc'),
  vite: join(REPO, 'node_modules/vite/bin/vite.js'),
  publint: join(REPO, 'node_modules/publint/src/cli.js'),
  attw: join(REPO, 'node_modules/@arethetypeswrong/cli/dist/index.js'),
};

const execFileAsync = promisify(execFile);

/**
 * Tools print colours when they see `CI` in the environment (picocolors does), even into a pipe;
 * what these helpers read back must be plain text.
 */
const PLAIN_OUTPUT = { NO_COLOR: '1', FORCE_COLOR: '0' };

/** Long enough for an `npm install` from a cold cache; a command that takes longer has hung. */
const COMMAND_TIME_LIMIT_MS = 10 * 60_000;

/**
 * Runs a command; resolves with its exit code and output, never rejects on a non-zero exit.
 * Rejects when it runs past its time limit (it is killed), so a hung tool fails the test.
 */
export async function run(command, args, options = {}) {
  try {
    const { stdout, stderr } = await execFileAsync(command, args, {
      maxBuffer: 64 * 1024 * 1024,
      timeout: COMMAND_TIME_LIMIT_MS,
      ...options,
      env: { ...process.env, ...PLAIN_OUTPUT, ...options.env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    if (error.killed)
      throw new Error(`${command} ${args.join(' ')} ran past its time limit and was stopped`, {
        cause: error,
      });
    if (typeof error.code !== 'number') throw error;
    return { code: error.code, stdout: error.stdout ?? '', stderr: error.stderr ?? '' };
  }
}

/** Packs both packages as `npm publish` would (their prepack builds them) into `destination`. */
export async function packBoth(destination) {
  const pack = async (args) => {
    const packed = await run(
      'npm',
      ['pack', '--json', '--pack-destination', destination, ...args],
      {
        cwd: REPO,
      },
    );
    if (packed.code !== 0) throw new Error(`npm pack ${args.join(' ')}:\n${packed.stderr}`);
    const [entry] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('[')));
    return { file: join(destination, entry.filename), files: entry.files.map((f) => f.path) };
  };
  return {
    widget: await pack([]),
    server: await pack(['--workspace', '@sms-login/mock-server']),
  };
}

/**
 * A new project in a temporary folder: `files` copied from fixtures/<fixture>, then
 * `npm install` of `dependencies` (tarball paths or name@version).
 */
export async function createProject(fixture, dependencies) {
  const dir = await mkdtemp(join(tmpdir(), `sms-login-${fixture}-`));
  await cp(join(FIXTURES, fixture), dir, { recursive: true });
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({ name: `consumer-${fixture}`, private: true, type: 'module' }, null, 2),
  );
  const installed = await run(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', ...dependencies],
    { cwd: dir },
  );
  if (installed.code !== 0) throw new Error(`npm install in ${dir}:\n${installed.stderr}`);
  return { dir, installOutput: installed.stdout + installed.stderr };
}

export async function exists(path) {
  try {
    await readdir(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts a long-running command in a process group of its own (npx starts the bin as a child)
 * and resolves once its output, without terminal escapes, matches `ready`; `stop()` ends the
 * whole group. Rejects (and stops it) if it exits first or is not ready within `readyWithinMs`.
 */
export function startUntil(command, args, ready, { readyWithinMs = 60_000, ...options } = {}) {
  const child = spawn(command, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    ...options,
    env: { ...process.env, ...PLAIN_OUTPUT, ...options.env },
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    await exited;
  };
  let output = '';
  return new Promise((resolve, reject) => {
    const notReady = setTimeout(() => {
      void stop();
      reject(new Error(`${command} was not ready within ${readyWithinMs} ms:\n${output}`));
    }, readyWithinMs);
    const onData = (chunk) => {
      output += chunk;
      const match = ready.exec(stripVTControlCharacters(output));
      if (!match) return;
      clearTimeout(notReady);
      resolve({ child, match, stop, output: () => output });
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(notReady);
      reject(new Error(`${command} exited (${code}):\n${output}`));
    });
  });
}

export const mkdirp = (path) => mkdir(path, { recursive: true });
