import { Liquid, type Template } from 'liquidjs';
import type { SmsOptions } from '../config/schema.ts';

/** The values a message template can use. */
export interface MessageVariables {
  code: string;
  phoneNumber: string;
  applicationName: string;
  requestLanguage: string | null;
}

/** A template that cannot be parsed or rendered within the limits. */
export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

/** Bounds on what an administrator's template may cost per message. */
export const TEMPLATE_LIMITS = {
  /** Characters of template source. */
  sourceLength: 5120,
  /** Characters of rendered message. */
  outputLength: 1600,
  /** Milliseconds of rendering. */
  renderMs: 1000,
  /** liquidjs's memory units (roughly characters allocated by strings and arrays). */
  memory: 1_000_000,
} as const;

/** What one engine's templates may cost: parse steps, render milliseconds, memory units. */
export interface LiquidLimits {
  parseLimit: number;
  renderLimit: number;
  memoryLimit: number;
}

/**
 * A sandboxed Liquid engine: no file system (includes and layouts resolve only against an empty
 * in-memory set), only own properties readable (no `constructor`, no prototype walk), and parse,
 * render and memory limits so a hostile template ends with an error instead of a hang.
 */
export function createSandboxedLiquid(limits: LiquidLimits): Liquid {
  return new Liquid({
    templates: {},
    relativeReference: false,
    dynamicPartials: false,
    ownPropertyOnly: true,
    strictFilters: true,
    ...limits,
  });
}

const engine = createSandboxedLiquid({
  parseLimit: TEMPLATE_LIMITS.sourceLength * 4,
  renderLimit: TEMPLATE_LIMITS.renderMs,
  memoryLimit: TEMPLATE_LIMITS.memory,
});

const parsed = new Map<string, Template[]>();
const PARSED_CACHE_SIZE = 200;

function parseLiquid(source: string): Template[] {
  const cached = parsed.get(source);
  if (cached) return cached;
  let templates: Template[];
  try {
    templates = engine.parse(source);
  } catch (error) {
    throw new TemplateError(`The message template cannot be parsed: ${describeLiquidError(error)}`);
  }
  if (parsed.size >= PARSED_CACHE_SIZE) parsed.delete(parsed.keys().next().value!);
  parsed.set(source, templates);
  return templates;
}

/** The first line of an engine's error, short enough to show to whoever wrote the template. */
export const describeLiquidError = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);

const MACROS = /@@(password|code)@@/g;

/** Checks a template when it is configured, so a broken one is refused then and not per message. */
export function validateTemplate(source: string, syntax: SmsOptions['syntax']): void {
  if (source.length > TEMPLATE_LIMITS.sourceLength)
    throw new TemplateError(
      `The message template is longer than ${TEMPLATE_LIMITS.sourceLength} characters`,
    );
  if (syntax === 'liquid') parseLiquid(source);
}

/** The first body of a phone template (`text`, `voice`) that does not parse, and why. */
export function brokenBody(body: {
  text?: string | undefined;
  voice?: string | undefined;
}): { key: 'text' | 'voice'; message: string } | undefined {
  for (const key of ['text', 'voice'] as const) {
    const source = body[key];
    if (source === undefined) continue;
    try {
      validateTemplate(source, 'liquid');
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      return { key, message: error.message };
    }
  }
  return undefined;
}

/** Renders a message: Liquid (with the macros too) or `md_with_macros` (macros only). */
export async function renderMessage(
  source: string,
  syntax: SmsOptions['syntax'],
  variables: MessageVariables,
): Promise<string> {
  validateTemplate(source, syntax);
  let output = source;
  if (syntax === 'liquid') {
    const scope = {
      password: variables.code,
      code: variables.code,
      phone_number: variables.phoneNumber,
      application: { name: variables.applicationName },
      request_language: variables.requestLanguage ?? '',
    };
    try {
      output = await engine.render(parseLiquid(source), scope);
    } catch (error) {
      throw new TemplateError(
        `The message template failed to render: ${describeLiquidError(error)}`,
      );
    }
  }
  output = output.replace(MACROS, variables.code).trim();
  if (output.length > TEMPLATE_LIMITS.outputLength)
    throw new TemplateError(
      `The rendered message is longer than ${TEMPLATE_LIMITS.outputLength} characters`,
    );
  if (!output) throw new TemplateError('The rendered message is empty');
  return output;
}
