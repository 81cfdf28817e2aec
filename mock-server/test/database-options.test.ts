// `--database` and its settings, as the command reads them from flags and the environment.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCommand, UsageError, type ServerOptions } from '../src/server/options.ts';
import { freePort, runToEnd, serverEnv } from './server-process.ts';

const URL_WITH_PASSWORD = 'postgres://app:s3cret@db.internal:5432/sms';

const optionsOf = (argv: string[], env: NodeJS.ProcessEnv = {}): ServerOptions => {
  const command = parseCommand(argv, env);
  assert.equal(command.help, false);
  return (command as { options: ServerOptions }).options;
};

const refused = (argv: string[], env: NodeJS.ProcessEnv, message: RegExp) =>
  assert.throws(
    () => parseCommand(argv, env),
    (error: unknown) => error instanceof UsageError && message.test(error.message),
  );

describe('--database', () => {
  test('a URL from the flag or SMS_LOGIN_DATABASE_URL, with the default pool and no TLS', () => {
    for (const options of [
      optionsOf(['--database', URL_WITH_PASSWORD]),
      optionsOf([], { SMS_LOGIN_DATABASE_URL: URL_WITH_PASSWORD }),
    ]) {
      assert.deepEqual(options.database, {
        url: URL_WITH_PASSWORD,
        address: 'db.internal:5432/sms',
        poolSize: 10,
        tls: undefined,
      });
      assert.equal(options.dataDir, undefined, 'no SQLite file is opened');
    }
  });

  test('pool size and TLS from flags or variables', () => {
    const fromFlags = optionsOf([
      '--database',
      URL_WITH_PASSWORD,
      '--database-pool-size',
      '25',
      '--database-ca',
      '/etc/ssl/db-ca.pem',
    ]);
    assert.equal(fromFlags.database!.poolSize, 25);
    assert.deepEqual(fromFlags.database!.tls, { mode: 'verify', caFile: '/etc/ssl/db-ca.pem' });
    const fromEnv = optionsOf([], {
      SMS_LOGIN_DATABASE_URL: URL_WITH_PASSWORD,
      SMS_LOGIN_DATABASE_POOL_SIZE: '3',
      SMS_LOGIN_DATABASE_TLS: 'require',
    });
    assert.equal(fromEnv.database!.poolSize, 3);
    assert.deepEqual(fromEnv.database!.tls, { mode: 'require' });
    assert.equal(
      optionsOf(['--database', URL_WITH_PASSWORD, '--database-tls', 'off']).database!.tls,
      undefined,
    );
  });

  test('a store flag wins over the variables of another store', () => {
    const options = optionsOf(['--memory'], { SMS_LOGIN_DATABASE_URL: URL_WITH_PASSWORD });
    assert.equal(options.database, undefined);
    assert.equal(options.dataDir, undefined);
    assert.equal(
      optionsOf(['--data', 'here'], { SMS_LOGIN_DATABASE_URL: URL_WITH_PASSWORD }).dataDir,
      'here',
    );
  });

  test('bad or conflicting settings are usage errors that never repeat the URL', () => {
    refused(['--database', URL_WITH_PASSWORD, '--memory'], {}, /--memory and --database exclude/);
    refused(['--database', URL_WITH_PASSWORD, '--data', 'x'], {}, /--data and --database exclude/);
    refused([], { SMS_LOGIN_DATABASE_URL: URL_WITH_PASSWORD, SMS_LOGIN_MEMORY: '1' }, /one store/);
    refused(
      ['--database', 'mysql://app:s3cret@db/sms'],
      {},
      /^--database must be a URL such as postgres:\/\//,
    );
    refused(['--database', 'not a url'], {}, /--database must be a URL/);
    refused(['--database', URL_WITH_PASSWORD, '--database-pool-size', '0'], {}, /from 1, not "0"/);
    refused(
      ['--database', URL_WITH_PASSWORD, '--database-tls', 'maybe'],
      {},
      /off, require, verify/,
    );
    refused(
      ['--database', URL_WITH_PASSWORD, '--database-tls', 'require', '--database-ca', 'ca.pem'],
      {},
      /goes with --database-tls verify/,
    );
    refused(
      ['--database', `${URL_WITH_PASSWORD}?sslmode=require`, '--database-tls', 'verify'],
      {},
      /either there or with --database-tls/,
    );
    refused(['--database-pool-size', '5'], {}, /--database-pool-size need --database/);
    for (const argv of [['--database', 'mysql://app:s3cret@db/sms']])
      assert.throws(
        () => parseCommand(argv, {}),
        (error: unknown) => !(error as Error).message.includes('s3cret'),
      );
  });

  test('a database that cannot be reached stops the start with exit 1, naming it without its password', async () => {
    const port = await freePort();
    const { code, stderr } = await runToEnd(
      ['--database', `postgres://app:s3cret@127.0.0.1:${port}/sms`, '--port', '0'],
      { env: serverEnv() },
    );
    assert.equal(code, 1);
    assert.match(
      stderr,
      new RegExp(
        `Cannot open the PostgreSQL database at 127\\.0\\.0\\.1:${port}/sms: .*ECONNREFUSED`,
      ),
    );
    assert.doesNotMatch(stderr, /s3cret/);
  });
});
