import { inTransaction, query, type Pool, type PoolClient } from './postgres-pool.ts';
import { applyUserChanges } from './user-changes.ts';
import type { StoredUser } from './types.ts';
import type { UserMethods } from './user-methods.ts';

const UNIQUE_VIOLATION = '23505';

const profileOf = (rows: { profile: string }[]): StoredUser | undefined =>
  rows[0] && (JSON.parse(rows[0].profile) as StoredUser);

const insertUser = (client: PoolClient | Pool, user: StoredUser) =>
  client.query(
    `INSERT INTO users (user_id, connection, phone_number, created_at, profile)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
    [user.user_id, user.connection, user.phone_number, user.created_at, JSON.stringify(user)],
  );

/**
 * The PostgreSQL store's users. Each change locks the user's row (`FOR UPDATE`) for the length
 * of its transaction, so concurrent changes on any instance apply one after the other.
 *
 * @internal
 */
export function postgresUsers(pool: Pool): UserMethods {
  return {
    async findUserByPhone(connection, phoneNumber) {
      const { rows } = await query<{ profile: string }>(
        pool,
        'SELECT profile FROM users WHERE connection = $1 AND phone_number = $2',
        [connection, phoneNumber],
      );
      return profileOf(rows);
    },

    async findUserById(userId) {
      const { rows } = await query<{ profile: string }>(
        pool,
        'SELECT profile FROM users WHERE user_id = $1',
        [userId],
      );
      return profileOf(rows);
    },

    recordLogin(newUser, at) {
      return inTransaction(pool, async (client) => {
        // The first login of a number inserts its user; every login then counts on the one row.
        await insertUser(client, newUser);
        const { rows } = await client.query<{ profile: string; user_id: string }>(
          'SELECT user_id, profile FROM users WHERE connection = $1 AND phone_number = $2 FOR UPDATE',
          [newUser.connection, newUser.phone_number],
        );
        const user = profileOf(rows) ?? newUser;
        const loggedIn: StoredUser = {
          ...user,
          last_login: at,
          updated_at: at,
          logins_count: user.logins_count + 1,
          phone_verified: true, // the code reached this number
        };
        await client.query('UPDATE users SET profile = $1 WHERE user_id = $2', [
          JSON.stringify(loggedIn),
          rows[0]?.user_id ?? newUser.user_id,
        ]);
        return loggedIn;
      });
    },

    listUsers({ page, perPage, phoneNumber, connection }) {
      return inTransaction(pool, async (client) => {
        // One snapshot for the page and the total.
        await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
        const filter = `($1::text IS NULL OR phone_number = $1) AND ($2::text IS NULL OR connection = $2)`;
        const values = [phoneNumber ?? null, connection ?? null];
        const { rows } = await client.query<{ profile: string }>(
          `SELECT profile FROM users WHERE ${filter} ORDER BY created_at COLLATE "C", user_id COLLATE "C" LIMIT $3 OFFSET $4`,
          [...values, perPage, page * perPage],
        );
        const counted = await client.query<{ total: number }>(
          `SELECT count(*)::integer AS total FROM users WHERE ${filter}`,
          values,
        );
        return {
          users: rows.map((row) => JSON.parse(row.profile) as StoredUser),
          total: counted.rows[0]!.total,
        };
      });
    },

    createUser(newUser) {
      return inTransaction(pool, async (client) => {
        const inserted = await insertUser(client, newUser);
        if (inserted.rowCount === 1) return { outcome: 'created', user: newUser };
        const { rows } = await client.query<{ profile: string }>(
          'SELECT profile FROM users WHERE connection = $1 AND phone_number = $2',
          [newUser.connection, newUser.phone_number],
        );
        const existing = profileOf(rows);
        return existing
          ? { outcome: 'phone_number_taken', user: existing }
          : { outcome: 'user_id_taken' };
      });
    },

    async updateUser(userId, changes, at) {
      try {
        return await inTransaction(pool, async (client) => {
          const { rows } = await client.query<{ profile: string }>(
            'SELECT profile FROM users WHERE user_id = $1 FOR UPDATE',
            [userId],
          );
          const user = profileOf(rows);
          if (!user) return undefined;
          const updated = applyUserChanges(user, changes, at);
          await client.query(
            'UPDATE users SET profile = $1, phone_number = $2 WHERE user_id = $3',
            [JSON.stringify(updated), updated.phone_number, userId],
          );
          if (updated.phone_number !== user.phone_number)
            await client.query(
              'DELETE FROM pending_codes WHERE connection = $1 AND phone_number = $2',
              [user.connection, user.phone_number],
            );
          return updated;
        });
      } catch (error) {
        // The number's unique key refuses it, whichever instance holds the other user.
        if ((error as { code?: string }).code === UNIQUE_VIOLATION) return 'phone_number_taken';
        throw error;
      }
    },

    deleteUser(userId) {
      return inTransaction(pool, async (client) => {
        const { rows } = await client.query<{ connection: string; phone_number: string }>(
          'DELETE FROM users WHERE user_id = $1 RETURNING connection, phone_number',
          [userId],
        );
        if (!rows[0]) return false;
        await client.query(
          'DELETE FROM pending_codes WHERE connection = $1 AND phone_number = $2',
          [rows[0].connection, rows[0].phone_number],
        );
        return true;
      });
    },
  };
}
