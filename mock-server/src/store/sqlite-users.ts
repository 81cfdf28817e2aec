import type Database from 'better-sqlite3';
import type { Writers } from './sqlite-open.ts';
import { parse, type Statements } from './sqlite-statements.ts';
import { applyUserChanges } from './user-changes.ts';
import type { CreateUserOutcome, StoredUser } from './types.ts';
import type { UserMethods } from './user-methods.ts';

/**
 * The SQLite store's users: every write of one is durable, but a returning user's login.
 *
 * @internal
 */
export function sqliteUsers(
  db: Database.Database,
  statements: Statements,
  { write, durably }: Writers,
): UserMethods {
  return {
    async findUserByPhone(connection, phoneNumber) {
      return parse<StoredUser>(statements.userByPhone.get(connection, phoneNumber), 'profile');
    },

    async findUserById(userId) {
      return parse<StoredUser>(statements.userById.get(userId), 'profile');
    },

    async recordLogin(newUser, at) {
      // A new user is written durably; a returning one's login count need not be.
      const isNew = !statements.userByPhone.get(newUser.connection, newUser.phone_number);
      return (isNew ? durably : write)(() => {
        const existing = parse<StoredUser>(
          statements.userByPhone.get(newUser.connection, newUser.phone_number),
          'profile',
        );
        const user = existing ?? newUser;
        const loggedIn = {
          ...user,
          last_login: at,
          updated_at: at,
          logins_count: user.logins_count + 1,
          phone_verified: true, // the code reached this number
        };
        if (existing) statements.saveProfile.run(JSON.stringify(loggedIn), user.user_id);
        else
          statements.insertUser.run({
            user_id: user.user_id,
            connection: user.connection,
            phone_number: user.phone_number,
            created_at: user.created_at,
            profile: JSON.stringify(loggedIn),
          });
        return loggedIn;
      });
    },

    async listUsers({ page, perPage, phoneNumber, connection }) {
      const filter = { phone: phoneNumber ?? null, connection: connection ?? null };
      return db.transaction(() => ({
        users: statements.listUsers
          .all({ ...filter, limit: perPage, offset: page * perPage })
          .map((row) => JSON.parse(row.profile!) as StoredUser),
        total: statements.countUsers.get(filter)!.total,
      }))();
    },

    async createUser(newUser) {
      return durably((): CreateUserOutcome => {
        const existing = parse<StoredUser>(
          statements.userByPhone.get(newUser.connection, newUser.phone_number),
          'profile',
        );
        if (existing) return { outcome: 'phone_number_taken', user: existing };
        if (statements.userById.get(newUser.user_id)) return { outcome: 'user_id_taken' };
        statements.insertUser.run({
          user_id: newUser.user_id,
          connection: newUser.connection,
          phone_number: newUser.phone_number,
          created_at: newUser.created_at,
          profile: JSON.stringify(newUser),
        });
        return { outcome: 'created', user: newUser };
      });
    },

    async updateUser(userId, changes, at) {
      return durably(() => {
        const user = parse<StoredUser>(statements.userById.get(userId), 'profile');
        if (!user) return undefined;
        const updated = applyUserChanges(user, changes, at);
        if (updated.phone_number === user.phone_number) {
          statements.saveProfile.run(JSON.stringify(updated), userId);
          return updated;
        }
        if (statements.userByPhone.get(user.connection, updated.phone_number))
          return 'phone_number_taken' as const;
        statements.saveProfileAndNumber.run(JSON.stringify(updated), updated.phone_number, userId);
        statements.deleteCode.run(user.connection, user.phone_number);
        return updated;
      });
    },

    async deleteUser(userId) {
      return durably(() => {
        const user = parse<StoredUser>(statements.userById.get(userId), 'profile');
        if (!user) return false;
        statements.deleteUser.run(userId);
        statements.deleteCode.run(user.connection, user.phone_number);
        return true;
      });
    },
  };
}
