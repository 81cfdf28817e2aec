import type { StoredUser, UserChanges } from './types.ts';

/** Auth0's metadata merge: top-level keys replace, a `null` value removes the key. */
export function mergeMetadata(
  current: Record<string, unknown>,
  patch: Record<string, unknown>,
): Record<string, unknown> {
  // A Map and fromEntries keep a key such as `__proto__` an own property, never a prototype.
  const merged = new Map(Object.entries(current));
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) merged.delete(key);
    else merged.set(key, value);
  }
  return Object.fromEntries(merged);
}

/** `changes` applied to `user`, as `updateUser` must apply them. */
export function applyUserChanges(user: StoredUser, changes: UserChanges, at: string): StoredUser {
  const { user_metadata: userMetadata, app_metadata: appMetadata, ...fields } = changes;
  const profile = Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as Omit<UserChanges, 'user_metadata' | 'app_metadata'>;
  return {
    ...user,
    ...profile,
    user_metadata: userMetadata
      ? mergeMetadata(user.user_metadata, userMetadata)
      : user.user_metadata,
    app_metadata: appMetadata ? mergeMetadata(user.app_metadata, appMetadata) : user.app_metadata,
    updated_at: at,
  };
}
