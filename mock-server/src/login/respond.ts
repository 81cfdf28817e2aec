import type { AuthorizationRequest } from './authorization-request.ts';
import { escapeHtml, htmlResponse, jsonForScript, page } from './html.ts';

/** Headers added to an answer; a list for a header sent more than once (`Set-Cookie`). */
export type ExtraHeaders = Record<string, string | string[]>;

/**
 * Sends the answer of an authorization request (`code` and `state`, or `error`,
 * `error_description` and `state`) back to the app in the mode it asked for.
 */
export function respondToApp(
  request: Pick<AuthorizationRequest, 'redirectUri' | 'responseMode' | 'state'>,
  answer: Record<string, string>,
  extraHeaders: ExtraHeaders = {},
): Response {
  const params: Record<string, string> = { ...answer };
  if (request.state !== undefined) params.state = request.state;
  const target = new URL(request.redirectUri);
  switch (request.responseMode) {
    case 'fragment': {
      target.hash = new URLSearchParams(params).toString();
      return redirect(target.href, extraHeaders);
    }
    case 'form_post':
      return htmlResponse(
        page(
          'Signing in…',
          `<form method="post" action="${escapeHtml(request.redirectUri)}" data-auto-submit>
${Object.entries(params)
  .map(
    ([name, value]) =>
      `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`,
  )
  .join('\n')}
<noscript><button type="submit">Continue</button></noscript>
</form>
<script src="/u/assets/form-post.js"></script>`,
        ),
        200,
        {},
        extraHeaders,
      );
    case 'web_message':
      // The silent-authentication frame: the answer goes to the app's window, and only to the
      // origin of its redirect URI (which `/authorize` checked against the client's callbacks).
      return htmlResponse(
        page(
          'Authorization response',
          `<script type="application/json" id="authorization-response">${jsonForScript({
            targetOrigin: target.origin,
            response: { type: 'authorization_response', response: params },
          })}</script>
<script src="/u/assets/web-message.js"></script>`,
        ),
        200,
        { frameAncestors: target.origin },
        extraHeaders,
      );
    default: {
      for (const [name, value] of Object.entries(params)) target.searchParams.set(name, value);
      return redirect(target.href, extraHeaders);
    }
  }
}

export function redirect(location: string, extraHeaders: ExtraHeaders = {}): Response {
  const headers = new Headers({ Location: location, 'Cache-Control': 'no-store' });
  for (const [name, values] of Object.entries(extraHeaders))
    for (const value of [values].flat()) headers.append(name, value);
  return new Response(null, { status: 302, headers });
}
