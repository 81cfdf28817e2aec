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

let messageEngine: Liquid | undefined;
// Made at the first template, not at import: building an engine costs a start-up that renders nothing.
const engine = (): Liquid =>
  (messageEngine ??= createSandboxedLiquid({
    parseLimit: TEMPLATE_LIMITS.sourceLength * 4,
    renderLimit: TEMPLATE_LIMITS.renderMs,
    memoryLimit: TEMPLATE_LIMITS.memory,
  }));

const parsed = new Map<string, Template[]>();
const PARSED_CACHE_SIZE = 200;

function parseLiquid(source: string): Template[] {
  const cached = parsed.get(source);
  if (cached) return cached;
  let templates: Template[];
  try {
    templates = engine().parse(source);
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

/** A phone template's bodies (`text`, `voice`) that are set, by key. */
export function phoneTemplateBodies(body: {
  text?: string | undefined;
  voice?: string | undefined;
}): ['text' | 'voice', string][] {
  return (['text', 'voice'] as const).flatMap((key) =>
    body[key] === undefined ? [] : [[key, body[key]] as ['text' | 'voice', string]],
  );
}

/** Renders a message template; the Node server runs renders on worker threads. */
export type TemplateRenderer = (
  source: string,
  syntax: SmsOptions['syntax'],
  variables: MessageVariables,
) => Promise<string>;

const scopeOf = (variables: MessageVariables) => ({
  password: variables.code,
  code: variables.code,
  phone_number: variables.phoneNumber,
  application: { name: variables.applicationName },
  request_language: variables.requestLanguage ?? '',
});

/** The engine's output as a message: macros filled, trimmed, within the length limit, not empty. */
function finishMessage(output: string, code: string): string {
  const message = output.replace(MACROS, code).trim();
  if (message.length > TEMPLATE_LIMITS.outputLength)
    throw new TemplateError(
      `The rendered message is longer than ${TEMPLATE_LIMITS.outputLength} characters`,
    );
  if (!message) throw new TemplateError('The rendered message is empty');
  return message;
}

const renderFailure = (error: unknown) =>
  new TemplateError(`The message template failed to render: ${describeLiquidError(error)}`);

/** Renders a message: Liquid (with the macros too) or `md_with_macros` (macros only). */
export const renderMessage: TemplateRenderer = async (source, syntax, variables) => {
  validateTemplate(source, syntax);
  let output = source;
  if (syntax === 'liquid') {
    try {
      output = await engine().render(parseLiquid(source), scopeOf(variables));
    } catch (error) {
      throw renderFailure(error);
    }
  }
  return finishMessage(output, variables.code);
};

/**
 * Whether a template renders in time proportional to its length, whatever the values: macros
 * only, or Liquid without the constructs that repeat (`for`, `tablerow`, the `liquid` tag that
 * can hold them, a range such as `(1..9)`). The Node server renders these in its own thread,
 * which costs a tenth of a trip to a template thread; the others go to the threads.
 */
export function rendersInBoundedTime(source: string, syntax: SmsOptions['syntax']): boolean {
  if (syntax === 'md_with_macros') return true;
  return !/\{%-?\s*(for|tablerow|liquid)\b/.test(source) && !source.includes('..');
}

/** Values a template is tried with before it is accepted: a message to a sample number. */
export function sampleVariables(codeLength: number, applicationName: string): MessageVariables {
  return {
    code: '1234567890'.repeat(4).slice(0, codeLength),
    phoneNumber: '+15555550100',
    applicationName,
    requestLanguage: 'en',
  };
}

/**
 * Checks that a template renders with `sample` values, as it must for every message: it parses,
 * it needs nothing the sandbox lacks (an include, a layout), it stays within the time and memory
 * limits, and its message is neither empty nor too long. At start-up, where nothing else waits.
 */
export function checkRendersSync(
  source: string,
  syntax: SmsOptions['syntax'],
  sample: MessageVariables,
): void {
  validateTemplate(source, syntax);
  let output = source;
  if (syntax === 'liquid') {
    try {
      output = engine().renderSync(parseLiquid(source), scopeOf(sample));
    } catch (error) {
      throw renderFailure(error);
    }
  }
  finishMessage(output, sample.code);
}

/** `checkRendersSync` through a renderer, for templates changed while the server runs. */
export async function checkRenders(
  render: TemplateRenderer,
  source: string,
  syntax: SmsOptions['syntax'],
  sample: MessageVariables,
): Promise<void> {
  validateTemplate(source, syntax);
  await render(source, syntax, sample);
}
