/** A BCP 47-shaped tag of sane length; anything else is treated as no language at all. */
const LANGUAGE_TAG = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8}){0,6}$/;
const MAX_HEADER_LENGTH = 1024;

/**
 * The language a message should be written in: `x-request-language`, else the first
 * highest-quality tag of `accept-language`, else `null`.
 */
export function negotiateRequestLanguage(headers: Headers): string | null {
  const explicit = headers.get('x-request-language')?.trim();
  if (explicit && explicit.length <= 64 && LANGUAGE_TAG.test(explicit)) return explicit;
  return acceptedLanguages(headers)[0] ?? null;
}

/** The well-formed tags of `accept-language`, highest quality first (ties in header order). */
export function acceptedLanguages(headers: Headers): string[] {
  const accepted = headers.get('accept-language');
  if (!accepted || accepted.length > MAX_HEADER_LENGTH) return [];
  const tags: { tag: string; quality: number }[] = [];
  for (const part of accepted.split(',').slice(0, 32)) {
    const [rawTag, ...parameters] = part.trim().split(';');
    const tag = rawTag?.trim() ?? '';
    if (!LANGUAGE_TAG.test(tag)) continue;
    const qualityParameter = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const quality = qualityParameter ? Number(qualityParameter.slice(2)) : 1;
    if (!Number.isFinite(quality) || quality <= 0 || quality > 1) continue;
    tags.push({ tag, quality });
  }
  return tags.sort((a, b) => b.quality - a.quality).map(({ tag }) => tag);
}
