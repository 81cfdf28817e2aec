import { dirname, resolve } from 'node:path';
import { createBackend } from './backend.ts';
import { issuerOf } from './config/schema.ts';
import { ConfigError, parseConfig, type Config } from './config/parse.ts';
import { defaultConfig } from './config/defaults.ts';
import { readConfigFile } from './config/file.ts';
import { startNodeServer } from './adapters/node.ts';
import { createConsoleLogger, silentLogger } from './logger.ts';
import { createNodeModuleLoader } from './providers/node-module-loader.ts';
import { withHealthCheck } from './server/health.ts';
import { HELP, parseCommand, UsageError, type ServerOptions } from './server/options.ts';
import { withRequestLog } from './server/request-log.ts';
import { shutDownOnSignals } from './server/shutdown.ts';
import { openServerStore, type OpenedStore } from './server/store.ts';
import { createTemplateWorkers, type TemplateWorkers } from './server/template-workers.ts';
import { createActionThreads } from './server/action-threads.ts';
import { createNodeCrypto } from './server/node-crypto.ts';
import type { PostLoginRunner } from './actions/post-login-event.ts';
import { createWidgetAssetLoader } from './server/widget-assets.ts';
import type { ServerTls } from './server/tls.ts';
import { TlsError } from './server/tls-error.ts';
import { testNumberNotices } from './server/test-number-notice.ts';

export { HELP };

/** The configuration: the file (or the demo tenant), with `--domain` over its `domain`. */
async function loadConfig(options: ServerOptions): Promise<Config> {
  if (options.configPath === undefined)
    // Without a file the issuer follows the port and the scheme, so tokens name the address they
    // came from (and the Auth0 SDKs' `https://<domain>` check passes over TLS).
    return parseConfig({
      ...defaultConfig,
      domain: options.domain ?? `${options.tls ? 'https' : 'http'}://localhost:${options.port}`,
    });
  const raw = await readConfigFile(options.configPath);
  const withDomain =
    options.domain !== undefined && raw !== null && typeof raw === 'object'
      ? { ...raw, domain: options.domain }
      : raw;
  return parseConfig(withDomain, `configuration file ${options.configPath}`);
}

/**
 * Runs `sms-login-server`. Resolves to an exit code, or -1 while the server runs (it exits on
 * SIGTERM/SIGINT after a graceful shutdown).
 */
export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let options: ServerOptions;
  try {
    const command = parseCommand(argv, env);
    if (command.help) {
      console.log(HELP);
      return 0;
    }
    options = command.options;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${HELP}`);
      return 2;
    }
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }

  let opened: OpenedStore | undefined;
  let templates: TemplateWorkers | undefined;
  let actions: PostLoginRunner | undefined;
  try {
    const config = await loadConfig(options);
    const logger = options.quiet ? silentLogger : createConsoleLogger();
    // Before the store opens, so a bad certificate stops the start with nothing left open; loaded
    // only for HTTPS, so a plain start reads none of it.
    const tls: ServerTls | undefined = options.tls
      ? await (
          await import('./server/tls.ts')
        ).prepareTls(options.tls, { host: options.host, issuer: issuerOf(config.domain) })
      : undefined;
    opened = await openServerStore(options.dataDir, options.database, logger);
    // Module paths (a custom phone provider, Actions) are read relative to the configuration file.
    const baseDirectory = options.configPath ? dirname(resolve(options.configPath)) : process.cwd();
    const loadModule = createNodeModuleLoader(baseDirectory);
    if (config.actions.post_login.length) actions = createActionThreads({ baseDirectory });
    // Templates render on worker threads: a costly one holds up no other request. The threads
    // start at the first render: started with the server, they would share its core with the
    // start-up and its first answers.
    templates = createTemplateWorkers({
      onUnavailable: (reason) => logger.warn('template_threads_unavailable', { reason }),
    });
    const backend = createBackend(config, {
      logger,
      loadModule,
      store: opened.store,
      loadWidgetAsset: createWidgetAssetLoader(),
      renderTemplate: templates.render,
      crypto: createNodeCrypto(),
      ...(actions ? { postLoginRunner: actions } : {}),
    });
    await backend.context.tenant.ready;
    // Printed even with --quiet, as the outbox warning is: a fixed code is a way in.
    for (const line of await testNumberNotices(backend.context)) console.warn(line);
    const served = withRequestLog(withHealthCheck(backend, opened.name, logger), logger);
    const running = await startNodeServer(served, {
      port: options.port,
      hostname: options.host,
      trustProxy: options.trustProxy,
      connections: {
        total: options.maxConnections,
        ...(options.maxConnectionsPerClient === undefined
          ? {}
          : { perClient: options.maxConnectionsPerClient }),
      },
      ...(tls ? { tls: { cert: tls.cert, key: tls.key } } : {}),
    });
    logger.info('listening', {
      url: running.url,
      issuer: backend.context.issuer,
      store: opened.name,
      ...(opened.filename ? { database: opened.filename } : {}),
      ...(opened.database ? { database: opened.database } : {}),
      ...tls?.logFields,
      startup_ms: Math.round(performance.now()),
    });
    if (options.quiet) console.log(`sms-login-server listening on ${running.url}`);
    else for (const line of tls?.hint ?? []) console.error(line);
    for (const line of tls?.warnings ?? []) console.warn(line);
    if (config.dev_routes)
      console.warn(
        options.configPath
          ? 'Warning: the outbox is on ("dev_routes": true): anyone who reaches GET /dev/messages reads every code sent. Leave it off anywhere but development.'
          : 'Warning: the demo tenant has the outbox on: anyone who reaches GET /dev/messages reads every code sent. Start with --config for anything but development.',
      );
    const [store, threads, actionThreads] = [opened, templates, actions];
    shutDownOnSignals(
      running,
      () => {
        void threads.close();
        void actionThreads?.close?.();
        store.close();
      },
      logger,
    );
    return -1;
  } catch (error) {
    opened?.close();
    void templates?.close();
    void actions?.close?.();
    if (error instanceof ConfigError || error instanceof TlsError) {
      console.error(error.message);
      return 1;
    }
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(`The port is already in use: ${(error as Error).message}`);
      return 1;
    }
    if (error instanceof Error && error.name === 'SqliteUnavailableError') {
      console.error(error.message);
      return 1;
    }
    if (error instanceof Error && /database|schema version|SQLITE/i.test(error.message)) {
      console.error(`Cannot open the database in ${options.dataDir}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
