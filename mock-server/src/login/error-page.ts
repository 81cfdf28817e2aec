import { escapeHtml, htmlResponse, page } from './html.ts';

/** An authorization error that must not go back to an unverified redirect URI. */
export function errorPage(error: string, description: string, status = 400): Response {
  return htmlResponse(
    page(
      'Sign-in error',
      `<main>
<h1>Something went wrong</h1>
<p id="error">${escapeHtml(error)}</p>
<p id="error-description">${escapeHtml(description)}</p>
</main>`,
    ),
    status,
  );
}
