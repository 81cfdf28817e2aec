import { seededUserConnection } from '../config/users.ts';
import type { Config } from '../config/schema.ts';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/types.ts';
import { smsUserWithFields } from './users.ts';

/**
 * Creates the configuration's `users[]` whose number has no user yet on the connection, and
 * leaves existing ones as they are, so restarting the server adds nobody twice.
 */
export async function seedConfiguredUsers(
  config: Config,
  store: Store,
  logger: Logger,
  nowMs: () => number,
): Promise<void> {
  let created = 0;
  for (const seeded of config.users) {
    // parseConfig has checked that every seeded user has its connection.
    const connection = seededUserConnection(seeded, config.connections)!;
    const { connection: _named, ...fields } = seeded;
    const outcome = await store.createUser(smsUserWithFields(connection, fields, nowMs()));
    if (outcome.outcome === 'created') created++;
  }
  if (config.users.length)
    logger.info('users_seeded', { created, existing: config.users.length - created });
}
