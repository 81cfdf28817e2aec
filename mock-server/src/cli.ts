import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from './backend.ts';
import { ConfigError, parseConfig } from './config/parse.ts';
import { defaultConfig } from './config/defaults.ts';
import { startNodeServer } from './adapters/node.ts';
import { createConsoleLogger, silentLogger } from './logger.ts';
import { createNodeModuleLoader } from './providers/node-module-loader.ts';

export const HELP = `sms-login-server: an Auth0-compatible passwordless SMS backend

Usage: sms-login-server [options]

Options:
  -p, --port <n>       port to listen on (default 8787; env SMS_LOGIN_PORT)
      --host <host>    address to bind (default 127.0.0.1; env SMS_LOGIN_HOST)
  -c, --config <file>  JSON configuration file (env SMS_LOGIN_CONFIG); without one a demo
                       client "demo" (origin http://localhost:5173) on connection "sms" is served
  -q, --quiet          no log lines (env SMS_LOGIN_QUIET=1)
  -h, --help           show this help

Routes: POST /passwordless/start, POST /oauth/token, GET /userinfo,
GET /.well-known/openid-configuration, GET /.well-known/jwks.json, GET|DELETE /dev/messages`;

/** Reads and validates a configuration file; errors name the file and the field. */
export async function loadConfigFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `Cannot read configuration file ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
      [],
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(
      `Configuration file ${path} is not valid JSON: ${(error as Error).message}`,
      [],
    );
  }
  return parseConfig(value, `configuration file ${path}`);
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^[0-9]{1,5}$/.test(text) || port > 65535)
    throw new ConfigError(`--port must be a number from 0 to 65535, not "${text}"`, []);
  return port;
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string', short: 'p' },
        host: { type: 'string' },
        config: { type: 'string', short: 'c' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  try {
    const configPath = values.config ?? env.SMS_LOGIN_CONFIG;
    const port = parsePort(values.port ?? env.SMS_LOGIN_PORT ?? '8787');
    // Without a file the issuer follows the port, so tokens name the address they came from.
    const config = configPath
      ? await loadConfigFile(configPath)
      : parseConfig({ ...defaultConfig, domain: `http://localhost:${port}` });
    const quiet = values.quiet ?? env.SMS_LOGIN_QUIET === '1';
    const logger = quiet ? silentLogger : createConsoleLogger();
    // A custom phone provider's module path is read relative to the configuration file.
    const loadModule = createNodeModuleLoader(
      configPath ? dirname(resolve(configPath)) : process.cwd(),
    );
    const backend = createBackend(config, { logger, loadModule });
    const running = await startNodeServer(backend, {
      port,
      hostname: values.host ?? env.SMS_LOGIN_HOST ?? '127.0.0.1',
    });
    logger.info('listening', { url: running.url, issuer: backend.context.issuer });
    if (quiet) console.log(`sms-login-server listening on ${running.url}`);
    const stop = () => {
      void running.close().then(() => process.exit(0));
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    return -1;
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(`The port is already in use: ${(error as Error).message}`);
      return 1;
    }
    throw error;
  }
}
