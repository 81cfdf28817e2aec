// Fresh consumer projects for the packed packages: a temporary folder, a package.json, the
// tarballs and a few packages from the registry (npm's cache makes a second run quick).
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PLAIN_OUTPUT } from '../support/processes.mjs';

export { startUntil } from '../support/processes.mjs';

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

export const mkdirp = (path) => mkdir(path, { recursive: true });
