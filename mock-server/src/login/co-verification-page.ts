import { escapeHtml, htmlResponse, jsonForScript, page } from './html.ts';

export interface VerificationPage {
  /** The app's page that calls auth0-js `crossOriginVerification()` (the client's `cross_origin_loc`). */
  verificationUrl: string;
  coId: string;
  /** The `/authorize` query, sent again to `/co/verify` with the verifier. */
  authorizeQuery: string;
  /** The app's origin when the answer is a web message, so that its frame may hold this page. */
  frameAncestor: string | undefined;
}

/**
 * Auth0's cross-origin verification fallback, for a browser that did not send the cookie
 * `/co/authenticate` set: the app's verification page, framed here, hands over the `co_verifier`
 * it kept for `co_id`, and the form brings it back to `/co/verify`.
 */
export function renderVerificationPage(options: VerificationPage): Response {
  const frameOrigin = new URL(options.verificationUrl).origin;
  return htmlResponse(
    page(
      'Signing in…',
      `<script type="application/json" id="co-verification">${jsonForScript({
        url: options.verificationUrl,
        origin: frameOrigin,
        coId: options.coId,
      })}</script>
<form method="post" action="/co/verify" id="co-verify">
<input type="hidden" name="authorize_query" value="${escapeHtml(options.authorizeQuery)}">
<input type="hidden" name="co_verifier" value="">
</form>
<noscript>Signing in needs JavaScript.</noscript>
<script src="/u/assets/co-verify.js"></script>`,
    ),
    200,
    { frameAncestors: options.frameAncestor, frameSrc: frameOrigin, referrerPolicy: 'same-origin' },
  );
}
