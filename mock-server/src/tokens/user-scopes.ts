/**
 * The scopes a user's token may carry. There is no registry of APIs and their permissions, so
 * only the OpenID Connect scopes are granted: a visitor cannot award themselves `delete:users`.
 */
const USER_SCOPES = new Set(['openid', 'profile', 'phone', 'email', 'offline_access']);
export const grantableUserScope = (requested: string): string =>
  [...new Set(requested.split(' ').filter((scope) => USER_SCOPES.has(scope)))].join(' ');
