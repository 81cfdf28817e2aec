// A browser for the authorization code flow: it keeps cookies, follows nothing on its own and
// sends what a browser sends (Origin on the hosted page's calls, forms as urlencoded).
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import type { Door } from './support.ts';
import { ORIGIN, WEB_ORIGIN, lastCode } from './support.ts';

export const CALLBACK = `${WEB_ORIGIN}/callback`;

export function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export class Browser {
  readonly cookies = new Map<string, string>();

  constructor(readonly door: Door) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size)
      headers.set(
        'cookie',
        [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
      );
    const response = await this.door.request(path, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, value] = pair!.split('=');
      if (/Max-Age=0/i.test(line)) this.cookies.delete(name!);
      else this.cookies.set(name!, value!);
    }
    return response;
  }

  /** A form post from the hosted page (same origin). */
  postForm(path: string, fields: Record<string, string>): Promise<Response> {
    return this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
      body: new URLSearchParams(fields),
    });
  }

  /** A fetch from the hosted page's widget (same origin, JSON). */
  postJson(path: string, body: unknown, origin = ORIGIN): Promise<Response> {
    return this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify(body),
    });
  }
}

export interface AuthorizeParams {
  client_id?: string;
  redirect_uri?: string;
  scope?: string;
  state?: string;
  nonce?: string;
  code_challenge?: string;
  code_challenge_method?: string;
  response_type?: string;
  response_mode?: string;
  prompt?: string;
  max_age?: string;
  ui_locales?: string;
  connection?: string;
  audience?: string;
  login_hint?: string;
}

export const authorizePath = (params: AuthorizeParams): string =>
  `/authorize?${new URLSearchParams({
    client_id: 'spa',
    redirect_uri: CALLBACK,
    response_type: 'code',
    scope: 'openid profile phone',
    state: 'app-state',
    nonce: 'app-nonce',
    ...params,
  } as Record<string, string>)}`;

/** The hosted page's transaction id and CSRF token, read from the page as a browser would. */
export async function openHostedPage(browser: Browser, location: string) {
  const url = new URL(location, ORIGIN);
  assert.equal(url.pathname, '/u/login');
  const page = await browser.request(`${url.pathname}${url.search}`);
  assert.equal(page.status, 200);
  const html = await page.text();
  const csrf = /name="csrf_token" value="([0-9a-f]{64})"/.exec(html)?.[1];
  const state = url.searchParams.get('state')!;
  assert.ok(csrf, 'the page carries a CSRF token');
  return { html, state, csrf, page };
}

/**
 * Signs in on the hosted page as a visitor does: the widget's two calls, then the page's form.
 * Resolves to the answer of the form (the redirect to the app).
 */
export async function signInOnPage(
  browser: Browser,
  location: string,
  phone: string,
): Promise<Response> {
  const { state, csrf } = await openHostedPage(browser, location);
  const base = `/u/login/txn/${state}`;
  const start = await browser.postJson(`${base}/passwordless/start`, {
    client_id: 'spa',
    connection: 'sms',
    phone_number: phone,
    send: 'code',
  });
  assert.equal(start.status, 200, await start.clone().text());
  const verify = await browser.postJson(`${base}/oauth/token`, {
    grant_type: 'http://auth0.com/oauth/grant-type/passwordless/otp',
    client_id: 'spa',
    username: phone,
    otp: await lastCode(browser.door, phone),
    realm: 'sms',
    scope: 'openid',
  });
  assert.equal(verify.status, 200, await verify.clone().text());
  const { access_token: ticket } = (await verify.json()) as { access_token: string };
  return browser.postForm('/u/login', { state, csrf_token: csrf, login_ticket: ticket });
}

/** The `code` in a redirect to the app's callback (query mode). */
export function codeOf(response: Response): string {
  assert.equal(response.status, 302);
  const location = new URL(response.headers.get('location')!);
  assert.equal(`${location.origin}${location.pathname}`, CALLBACK);
  const code = location.searchParams.get('code');
  assert.ok(code, `a code in ${location.href}`);
  return code;
}

export function exchange(door: Door, code: string, verifier: string, extra = {}) {
  return door.request('/oauth/token', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: WEB_ORIGIN },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: 'spa',
      code,
      code_verifier: verifier,
      redirect_uri: CALLBACK,
      ...extra,
    }),
  });
}
