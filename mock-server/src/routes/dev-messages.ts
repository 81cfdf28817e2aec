import type { BackendContext } from '../context.ts';
import { AuthError } from '../errors.ts';
import { E164_PATTERN } from '../phone-number/e164.ts';

/** `GET /dev/messages?phone_number=&limit=`: the outbox, newest first. */
export async function listMessages(context: BackendContext, url: URL): Promise<Response> {
  const phoneNumber = url.searchParams.get('phone_number') ?? undefined;
  if (phoneNumber !== undefined && !E164_PATTERN.test(phoneNumber))
    throw new AuthError(
      400,
      'invalid_request',
      'phone_number must be an E.164 number such as +14155550123',
    );
  const limitText = url.searchParams.get('limit') ?? '50';
  const limit = Number(limitText);
  if (!/^[0-9]{1,4}$/.test(limitText) || limit < 1 || limit > 1000)
    throw new AuthError(400, 'invalid_request', 'limit must be a whole number from 1 to 1000');
  const messages = await context.store.listOutboxMessages({ phoneNumber, limit });
  return Response.json({ messages });
}

/** `DELETE /dev/messages`: empties the outbox. */
export async function clearMessages(context: BackendContext): Promise<Response> {
  await context.store.clearOutbox();
  return new Response(null, { status: 204 });
}
