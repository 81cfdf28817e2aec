// A sample app as Auth0's quick start writes it with @auth0/auth0-spa-js, signing in through the
// server's hosted login page. The workbench opens it as
// /sample-app/?domain=<server>&client_id=<client>[&ui_locales=…][&login_hint=…][&prompt=login]
// [&autologin=1] (autologin: straight to the hosted page);
// those settings are kept for the tab, since the redirect back carries only code and state.
import { createAuth0Client, type Auth0Client } from '@auth0/auth0-spa-js';

interface AppSettings {
  domain: string;
  clientId: string;
  uiLocales?: string;
  loginHint?: string;
  /** `login`: show the hosted page even with a live session (the workbench's preview). */
  prompt?: string;
}

const STORAGE_KEY = 'sms-login-sample-app';
const REDIRECT_URI = new URL('./', location.href).href.split('?')[0]!;

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function readSettings(params: URLSearchParams): AppSettings | undefined {
  const domain = params.get('domain');
  const clientId = params.get('client_id');
  if (domain && clientId) {
    const settings: AppSettings = {
      domain,
      clientId,
      ...(params.get('ui_locales') ? { uiLocales: params.get('ui_locales')! } : {}),
      ...(params.get('login_hint') ? { loginHint: params.get('login_hint')! } : {}),
      ...(params.get('prompt') === 'login' ? { prompt: 'login' } : {}),
    };
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
    return settings;
  }
  try {
    return JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
}

function show(state: 'signed-out' | 'signed-in' | 'problem', text = ''): void {
  element('signed-out').hidden = state !== 'signed-out';
  element('signed-in').hidden = state !== 'signed-in';
  const problem = element('problem');
  problem.hidden = state !== 'problem';
  problem.textContent = text;
  document.documentElement.dataset.state = state;
}

async function showUser(client: Auth0Client): Promise<void> {
  const claims = await client.getIdTokenClaims();
  const user = await client.getUser();
  element('phone-number').textContent = String(user?.phone_number ?? user?.name ?? user?.sub);
  const list = element('claims');
  list.replaceChildren();
  for (const name of ['sub', 'phone_number', 'phone_number_verified', 'auth_time', 'sid']) {
    const value = claims?.[name];
    if (value === undefined) continue;
    const term = document.createElement('dt');
    term.textContent = name;
    const detail = document.createElement('dd');
    detail.textContent =
      name === 'auth_time' ? new Date(Number(value) * 1000).toLocaleString() : String(value);
    list.append(term, detail);
  }
  show('signed-in');
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const settings = readSettings(params);
  if (!settings) {
    show('problem', 'Open this app from the workbench: it names the server and the client.');
    return;
  }
  const client = await createAuth0Client({
    domain: settings.domain,
    clientId: settings.clientId,
    authorizationParams: {
      redirect_uri: REDIRECT_URI,
      connection: 'sms',
      scope: 'openid profile phone',
      ...(settings.uiLocales ? { ui_locales: settings.uiLocales } : {}),
    },
  });
  const login = () =>
    client.loginWithRedirect({
      authorizationParams: {
        ...(settings.loginHint ? { login_hint: settings.loginHint } : {}),
        ...(settings.prompt === 'login' ? { prompt: 'login' as const } : {}),
      },
    });
  element('sign-in').addEventListener('click', () => void login());
  element('sign-out').addEventListener(
    'click',
    () => void client.logout({ logoutParams: { returnTo: REDIRECT_URI } }),
  );
  element('silent').addEventListener('click', async () => {
    const result = element('silent-result');
    try {
      const token = await client.getTokenSilently({ cacheMode: 'off' });
      result.textContent = `A new access token from the session (${token?.length ?? 0} characters).`;
    } catch (error) {
      result.textContent = `No token: ${(error as { error?: string }).error ?? String(error)}`;
    }
  });

  if (params.has('code') || params.has('error')) {
    try {
      await client.handleRedirectCallback();
    } catch (error) {
      show('problem', `The sign-in did not finish: ${(error as Error).message}`);
      history.replaceState(null, '', REDIRECT_URI);
      return;
    }
    history.replaceState(null, '', REDIRECT_URI);
  }
  if (await client.isAuthenticated()) return showUser(client);
  if (params.get('autologin') === '1') return login();
  show('signed-out');
}

void main().catch((error: unknown) => show('problem', String(error)));
