/** Escapes text for HTML content and double-quoted attribute values. */
export const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  );

/** JSON that is safe inside `<script type="application/json">`. */
export const jsonForScript = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

/**
 * The security headers of every page of ours: scripts only from our origin (no inline script),
 * no framing but where `frameAncestors` says, no sniffing, no referrer to the app.
 */
export function pageHeaders(
  options: {
    frameAncestors?: string;
    styleNonce?: string;
    frameSrc?: string;
    /** `same-origin` for a page whose form posts must carry our Origin (`no-referrer` sends `null`). */
    referrerPolicy?: 'same-origin';
  } = {},
) {
  const styles = options.styleNonce ? `'self' 'nonce-${options.styleNonce}'` : "'self'";
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': [
      "default-src 'none'",
      "script-src 'self'",
      `style-src ${styles}`,
      "img-src 'self' https: data: http://localhost:* http://127.0.0.1:*",
      "font-src 'self' https: http://localhost:* http://127.0.0.1:*",
      "connect-src 'self'",
      "form-action 'self' https: http:",
      "base-uri 'none'",
      `frame-ancestors ${options.frameAncestors ?? "'none'"}`,
      ...(options.frameSrc ? [`frame-src ${options.frameSrc}`] : []),
    ].join('; '),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': options.frameAncestors ? undefined : 'DENY',
    'Referrer-Policy': options.referrerPolicy ?? 'no-referrer',
    'Cache-Control': 'no-store',
  };
}

export function htmlResponse(
  body: string,
  status = 200,
  options: Parameters<typeof pageHeaders>[0] = {},
  extraHeaders: Record<string, string | string[]> = {},
): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(pageHeaders(options)))
    if (value !== undefined) headers.set(name, value);
  for (const [name, values] of Object.entries(extraHeaders))
    for (const value of [values].flat()) headers.append(name, value);
  return new Response(body, { status, headers });
}

export function page(title: string, body: string, head = '', lang = 'en', dir = 'ltr'): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}" dir="${dir === 'rtl' ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
${head}
</head>
<body>
${body}
</body>
</html>`;
}
