import type { BackendContext, RequestInfo } from '../context.ts';
import { readBody } from '../http/body.ts';
import { errorPage } from '../login/error-page.ts';
import { authorizeWith } from './authorize.ts';

/**
 * `POST /co/verify`: the form of the cross-origin verification page, with the `co_verifier` the
 * app's verification page handed over; finishes the `/authorize` it interrupted. Only our own
 * page posts it, so that no other site can sign a browser in with a ticket of its own.
 */
export async function coVerify(
  context: BackendContext,
  request: Request,
  info: RequestInfo,
): Promise<Response> {
  if (request.headers.get('origin') !== new URL(context.issuer).origin)
    return errorPage('access_denied', 'Cross-site request refused.', 403);
  let form: Record<string, unknown>;
  try {
    form = await readBody(request);
  } catch {
    return errorPage('invalid_request', 'The form could not be read.');
  }
  const { authorize_query: query, co_verifier: verifier } = form;
  if (typeof query !== 'string' || query.length > 8192 || typeof verifier !== 'string')
    return errorPage('invalid_request', 'The form was not sent by the sign-in page.');
  const params = new URLSearchParams(query);
  if (!params.has('login_ticket'))
    return errorPage('invalid_request', 'The form was not sent by the sign-in page.');
  // An empty or malformed verifier still spends the ticket: it was shown to the wrong party.
  return authorizeWith(
    context,
    request,
    info,
    params,
    /^[0-9a-f]{64}$/.test(verifier) ? verifier : '',
  );
}
