import type { Liquid, TagToken } from 'liquidjs';
import { UNIVERSAL_LOGIN_TEMPLATE_MAX_LENGTH } from '../config/branding.ts';
import { createSandboxedLiquid, describeLiquidError, TemplateError } from './render.ts';

/** The tags a Universal Login page template must contain: where the page's head and widget go. */
export const LOGIN_PAGE_TAGS = ['auth0:head', 'auth0:widget'] as const;
type LoginPageTag = (typeof LOGIN_PAGE_TAGS)[number];

/** Tags seen by the parse under way (parsing is synchronous, so one set serves every call). */
let seenTags: Set<LoginPageTag> | undefined;

// A page is the size of a small document, far above an SMS: its own, larger limits. Made at the
// first page template, not at import.
let engine: Liquid | undefined;
function pageEngine(): Liquid {
  if (engine) return engine;
  engine = createSandboxedLiquid({
    parseLimit: UNIVERSAL_LOGIN_TEMPLATE_MAX_LENGTH * 4,
    renderLimit: 1000,
    memoryLimit: 10_000_000,
  });
  registerPageTags(engine);
  return engine;
}

/** Where the rendering page keeps its head and widget markup for the two tags. */
const PAGE_PARTS = '__login_page_parts';

function registerPageTags(liquid: Liquid): void {
  // Liquid reads `{% auth0:head %}` as the tag `auth0` with the argument `:head`.
  liquid.registerTag('auth0', {
    parse(token: TagToken) {
      const tag = `auth0${token.args.trim()}`;
      if (!(LOGIN_PAGE_TAGS as readonly string[]).includes(tag))
        throw new Error(`unknown tag "${tag}"; the page tags are ${LOGIN_PAGE_TAGS.join(' and ')}`);
      seenTags?.add(tag as LoginPageTag);
      (this as unknown as { part: string }).part = tag === 'auth0:head' ? 'head' : 'widget';
    },
    // The hosted page's own markup; checking a template renders nothing.
    render(context) {
      const parts = context.getSync([PAGE_PARTS]) as Record<string, string> | undefined;
      return parts?.[(this as unknown as { part: string }).part] ?? '';
    },
  });
}

/**
 * Renders a template that `validateLoginPageTemplate` accepted, with the page's own head and
 * widget markup in place of its two tags and `variables` (application, locale, branding) for
 * the rest.
 */
export async function renderLoginPage(
  source: string,
  parts: { head: string; widget: string },
  variables: Record<string, unknown>,
): Promise<string> {
  return String(await pageEngine().parseAndRender(source, { ...variables, [PAGE_PARTS]: parts }));
}

/**
 * Checks a Universal Login page template as Auth0 does before it keeps one: at most 102400
 * characters, valid Liquid, and both page tags present. Throws a `TemplateError` whose message
 * is Auth0's.
 */
export function validateLoginPageTemplate(source: string): void {
  if (source.length > UNIVERSAL_LOGIN_TEMPLATE_MAX_LENGTH)
    throw new TemplateError(
      `Payload content length greater than maximum allowed: ${UNIVERSAL_LOGIN_TEMPLATE_MAX_LENGTH}.`,
    );
  const seen = new Set<LoginPageTag>();
  seenTags = seen;
  try {
    pageEngine().parse(source);
  } catch (error) {
    throw new TemplateError(`Liquid template syntax error: ${describeLiquidError(error)}.`);
  } finally {
    seenTags = undefined;
  }
  const missing = LOGIN_PAGE_TAGS.filter((tag) => !seen.has(tag));
  if (missing.length)
    throw new TemplateError(
      `Payload content missing required Liquid tags (${missing.join(' and ')}).`,
    );
}
