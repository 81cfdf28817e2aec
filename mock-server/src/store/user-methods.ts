import type { Store } from './types.ts';

/** The user methods of a store: the SQLite and PostgreSQL stores keep them in a module each. */
export type UserMethods = Pick<
  Store,
  | 'findUserByPhone'
  | 'findUserById'
  | 'recordLogin'
  | 'listUsers'
  | 'createUser'
  | 'updateUser'
  | 'deleteUser'
>;
