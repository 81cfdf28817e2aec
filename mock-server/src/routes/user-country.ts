import type { BackendContext } from '../context.ts';
import { acceptedLanguages } from '../http/language.ts';

/** The region of a language tag (`fr-CA` → `CA`), if it names one. */
function regionOf(tag: string): string | undefined {
  try {
    const region = new Intl.Locale(tag).region;
    return region && /^[A-Z]{2}$/.test(region) ? region : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `GET /user/geoloc/country`: the visitor's likely country, which Lock and auth0-js use to
 * preselect the calling code. Without an IP database: the configured default, else the region
 * of the best `accept-language` tag that has one, else `US`.
 */
export function userCountry(context: BackendContext, request: Request): Response {
  const country =
    context.config.default_country ??
    acceptedLanguages(request.headers).map(regionOf).find(Boolean) ??
    'US';
  return Response.json({ country_code: country }, { headers: { 'Cache-Control': 'no-store' } });
}
