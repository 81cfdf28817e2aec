import { REFRESH_TOKEN_GRANT } from '../../config/schema.ts';
import { sha256Hex } from '../../crypto/digest.ts';
import { AuthError } from '../../errors.ts';
import { authenticateClient, checkOrigin } from '../client-auth.ts';
import { tokenAnswer } from './token-answer.ts';
import {
  checkGrantAllowed,
  requireParameter,
  stringParameter,
  type TokenGrant,
} from './token-request.ts';

/** `grant_type=refresh_token`: a new access token (and id token) for a stored refresh token. */
export const refreshGrant: TokenGrant = async (context, request, body) => {
  const client = await authenticateClient(
    context,
    requireParameter(body, 'client_id', 128),
    stringParameter(body, 'client_secret'),
    'token',
  );
  checkGrantAllowed(client, REFRESH_TOKEN_GRANT);
  checkOrigin(client, request, 'token');
  const token = requireParameter(body, 'refresh_token', 256);
  const stored = await context.store.findRefreshToken(await sha256Hex(token));
  if (!stored || stored.clientId !== client.client_id)
    throw new AuthError(403, 'invalid_grant', 'Unknown or invalid refresh token.');
  const user = await context.store.findUserById(stored.userId);
  if (!user || user.blocked)
    throw new AuthError(403, 'invalid_grant', 'Unknown or invalid refresh token.');
  return tokenAnswer(context, user, client, stored.scope, stored.audience, false);
};
