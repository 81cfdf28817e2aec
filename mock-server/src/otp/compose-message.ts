import { DEFAULT_TEMPLATE } from '../config/schema.ts';
import type { BackendContext } from '../context.ts';
import { DEFAULT_TEMPLATE_BODIES } from '../phone-settings/template-settings.ts';
import { twilioSayLanguage } from '../providers/twilio-voices.ts';
import type { Client, Connection } from '../tenant/tenant.ts';
import type { MessageVariables } from '../templates/render.ts';
import { defaultMessage, messageLanguageFor } from './default-messages.ts';

export interface ComposedMessage {
  text: string;
  /** The same message for a voice call, with the code spelled digit by digit. */
  voiceText: string;
  /** The widget language `voiceText` is written in: the request's where a voice speaks it, else `en`. */
  voiceLanguage: string;
  from: string | null;
}

/** `123456` → `1, 2, 3, 4, 5, 6`: the pauses make a voice read digits, not a number. */
export const spellDigits = (code: string): string => code.split('').join(', ');

/** WebOTP and iOS read the code from a last line `@<domain> #<code>`. */
const withOriginLine = (text: string, domain: string | undefined, code: string) =>
  domain ? `${text}\n\n@${domain} #${code}` : text;

/**
 * Writes the passwordless message: the tenant's `otp_verify` phone template when it has an
 * enabled one, the connection's `template` otherwise, and the default message in the request's
 * language when the connection keeps the built-in template; then the origin-bound line when the
 * connection names its site. Throws `TemplateError` when a template cannot be rendered.
 */
export async function composeMessage(
  context: BackendContext,
  request: {
    client: Client;
    connection: Connection;
    phoneNumber: string;
    language: string | null;
    code: string;
  },
): Promise<ComposedMessage> {
  const { connection, code } = request;
  const options = connection.options;
  const template = await context.phone.activeTemplate('otp_verify');
  const language = messageLanguageFor(request.language);
  const voiceLanguage = twilioSayLanguage(language) ? language : 'en';
  const from = template?.content.from ?? options.from ?? null;
  if (!template && options.template === DEFAULT_TEMPLATE) {
    return {
      text: withOriginLine(defaultMessage(language, code), options.origin_bound_domain, code),
      voiceText: defaultMessage(voiceLanguage, spellDigits(code)),
      voiceLanguage,
      from,
    };
  }
  const textSource = template
    ? (template.content.body.text ?? DEFAULT_TEMPLATE_BODIES.otp_verify.text)
    : options.template;
  const voiceSource = template?.content.body.voice ?? textSource;
  const syntax = template ? 'liquid' : options.syntax;
  const variables: MessageVariables = {
    code,
    phoneNumber: request.phoneNumber,
    applicationName: request.client.name,
    requestLanguage: request.language,
  };
  // Side by side (on two template threads in the Node server): one message costs one render's time.
  const [text, voiceText] = await Promise.all([
    context.renderTemplate(textSource, syntax, variables),
    context.renderTemplate(voiceSource, syntax, { ...variables, code: spellDigits(code) }),
  ]);
  return {
    text: withOriginLine(text, options.origin_bound_domain, code),
    voiceText,
    voiceLanguage,
    from,
  };
}
