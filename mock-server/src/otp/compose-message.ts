import type { BackendContext } from '../context.ts';
import { DEFAULT_TEMPLATE_BODIES } from '../phone-settings/template-settings.ts';
import type { Client, Connection } from '../tenant/tenant.ts';
import type { MessageVariables } from '../templates/render.ts';

export interface ComposedMessage {
  text: string;
  /** The same message for a voice call, with the code spelled digit by digit. */
  voiceText: string;
  from: string | null;
}

/** `123456` → `1, 2, 3, 4, 5, 6`: the pauses make a voice read digits, not a number. */
export const spellDigits = (code: string): string => code.split('').join(', ');

/**
 * Writes the passwordless message: the tenant's `otp_verify` phone template when it has an
 * enabled one, the connection's `template` otherwise; then the origin-bound line when the
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
  let [text, voiceText] = await Promise.all([
    context.renderTemplate(textSource, syntax, variables),
    context.renderTemplate(voiceSource, syntax, { ...variables, code: spellDigits(code) }),
  ]);
  // WebOTP and iOS read the code from a last line `@<domain> #<code>`.
  if (options.origin_bound_domain) text = `${text}\n\n@${options.origin_bound_domain} #${code}`;
  return { text, voiceText, from: template?.content.from ?? options.from ?? null };
}
