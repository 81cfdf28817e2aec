import { judgeRefreshExchange, newFamilyRecords } from './refresh-exchange.ts';
import { inTransaction, query, type Pool, type PoolClient } from './postgres-pool.ts';
import { DEAD_REFRESH_FAMILY_GRACE_MS, SWEEP_EVERY_WRITES } from './retention.ts';
import { fromFamily, fromRefreshToken, toFamily, toRefreshToken } from './sqlite-refresh-rows.ts';
import type { FamilyRow, RefreshTokenRow } from './sqlite-refresh-rows.ts';
import type { RefreshTokenFamily, Store, StoredRefreshToken } from './types.ts';

// The rows are those of the SQLite store's tables (sqlite-refresh-rows.ts): same columns, same
// records.

const FAMILY_COLUMNS =
  'family_id, user_id, client_id, scope, audience, session_id, auth_time, created_at, expires_at, idle_expires_at, last_used_at, last_spent_token_hash, revoked_at';

const saveFamily = (client: PoolClient, family: RefreshTokenFamily) => {
  const row = fromFamily(family);
  return client.query(
    `INSERT INTO refresh_token_families (${FAMILY_COLUMNS})
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (family_id) DO UPDATE SET idle_expires_at = excluded.idle_expires_at,
       last_used_at = excluded.last_used_at, last_spent_token_hash = excluded.last_spent_token_hash,
       revoked_at = excluded.revoked_at`,
    FAMILY_COLUMNS.split(', ').map((column) => row[column as keyof FamilyRow]),
  );
};

const saveRefreshToken = (client: PoolClient, token: StoredRefreshToken) => {
  const row = fromRefreshToken(token);
  return client.query(
    `INSERT INTO refresh_tokens (token_hash, family_id, issued_at, spent_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (token_hash) DO UPDATE SET spent_at = excluded.spent_at`,
    [row.token_hash, row.family_id, row.issued_at, row.spent_at],
  );
};

/**
 * The PostgreSQL store's refresh token families. An exchange locks the token's row, then its
 * family's: two exchanges of one token, on any instances, queue on the first lock.
 *
 * @internal
 */
export function postgresRefreshTokens(
  pool: Pool,
): Pick<
  Store,
  | 'createRefreshTokenFamily'
  | 'exchangeRefreshToken'
  | 'findRefreshToken'
  | 'revokeRefreshTokenFamily'
  | 'revokeUserRefreshTokens'
> {
  let familiesSinceSweep = 0;
  return {
    createRefreshTokenFamily(newFamily) {
      const { family, token } = newFamilyRecords(newFamily);
      return inTransaction(pool, async (client) => {
        await saveFamily(client, family);
        await saveRefreshToken(client, token);
        if (++familiesSinceSweep >= SWEEP_EVERY_WRITES) {
          familiesSinceSweep = 0;
          // The rule of isForgettable (refresh-exchange.ts), as one statement per table.
          const dead = `SELECT family_id FROM refresh_token_families
            WHERE expires_at <= $1 OR idle_expires_at <= $1 OR revoked_at <= $1`;
          const before = [family.createdAt - DEAD_REFRESH_FAMILY_GRACE_MS];
          await client.query(`DELETE FROM refresh_tokens WHERE family_id IN (${dead})`, before);
          await client.query(
            `DELETE FROM refresh_token_families WHERE family_id IN (${dead})`,
            before,
          );
        }
      });
    },

    exchangeRefreshToken(exchange) {
      return inTransaction(pool, async (client) => {
        // The token's row first, then its family's: two exchanges of one token queue on the first.
        const tokenRow = (
          await client.query<RefreshTokenRow>(
            'SELECT * FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE',
            [exchange.tokenHash],
          )
        ).rows[0];
        const familyRow =
          tokenRow &&
          (
            await client.query<FamilyRow>(
              'SELECT * FROM refresh_token_families WHERE family_id = $1 FOR UPDATE',
              [tokenRow.family_id],
            )
          ).rows[0];
        const { outcome, writes } = judgeRefreshExchange(
          tokenRow && toRefreshToken(tokenRow),
          familyRow && toFamily(familyRow),
          exchange,
        );
        for (const token of [writes.token, writes.successor])
          if (token) await saveRefreshToken(client, token);
        if (writes.family) await saveFamily(client, writes.family);
        return outcome;
      });
    },

    async findRefreshToken(tokenHash) {
      const { rows } = await query<RefreshTokenRow & { family: FamilyRow | null }>(
        pool,
        `SELECT token.*, row_to_json(family) AS family FROM refresh_tokens AS token
         JOIN refresh_token_families AS family USING (family_id) WHERE token.token_hash = $1`,
        [tokenHash],
      );
      const row = rows[0];
      return row?.family ? { token: toRefreshToken(row), family: toFamily(row.family) } : undefined;
    },

    async revokeRefreshTokenFamily(tokenHash, clientId, now) {
      const { rowCount } = await query(
        pool,
        `UPDATE refresh_token_families SET revoked_at = $1
         WHERE family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $2)
           AND client_id = $3 AND revoked_at IS NULL`,
        [now, tokenHash, clientId],
      );
      return rowCount === 1;
    },

    async revokeUserRefreshTokens(userId, now) {
      const { rowCount } = await query(
        pool,
        'UPDATE refresh_token_families SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL',
        [now, userId],
      );
      return rowCount ?? 0;
    },
  };
}
