import type { BackendContext } from '../context.ts';
import { AuthError } from '../errors.ts';
import { ManagementError } from './errors.ts';
import { generateCode } from '../otp/code.ts';
import { spellDigits } from '../otp/compose-message.ts';
import type { DeliveryMethod } from '../phone-settings/provider-settings.ts';
import type { PhoneProvider } from '../providers/types.ts';
import { measureSms, smsFigures, type SmsLength } from '../sms/sms-length.ts';
import {
  DEFAULT_TEMPLATE_BODIES,
  type PhoneTemplateContent,
  type PhoneTemplateType,
} from '../phone-settings/template-settings.ts';

/** `{to, delivery_method?}` of the `try` routes. */
export interface TestMessageRequest {
  to: string;
  deliveryMethod: DeliveryMethod;
  /** Whose default bodies stand in for the ones `content` lacks. */
  type: PhoneTemplateType;
}

/** What a `try` route answers beside Auth0's fields: the text's SMS figures (text only). */
export interface TestMessageOutcome {
  sms?: SmsLength;
}

/**
 * Sends a real message through `provider`, written with `content` (a tenant template, or the
 * type's default) and a throwaway code that is never stored: the `try` routes of the
 * Management API. A provider failure is a 400 in the Management API's shape.
 */
export async function sendTestMessage(
  context: BackendContext,
  provider: PhoneProvider,
  content: PhoneTemplateContent | undefined,
  request: TestMessageRequest,
): Promise<TestMessageOutcome> {
  if (!provider.deliveryMethods.includes(request.deliveryMethod))
    throw new ManagementError(
      400,
      `The phone provider does not deliver by ${request.deliveryMethod}`,
      'invalid_body',
    );
  const tenantName = new URL(context.issuer).hostname;
  const code = generateCode(6);
  const text = content?.body.text ?? DEFAULT_TEMPLATE_BODIES[request.type].text;
  const voice = content?.body.voice ?? DEFAULT_TEMPLATE_BODIES[request.type].voice;
  const variables = {
    phoneNumber: request.to,
    applicationName: tenantName,
    requestLanguage: null,
  };
  const connection = (await context.tenant.listConnections()).find(
    (candidate) => candidate.strategy === 'sms',
  );
  const renderedText = await context.renderTemplate(text, 'liquid', { ...variables, code });
  try {
    await provider.send({
      to: request.to,
      from: content?.from ?? null,
      text: renderedText,
      voiceText: await context.renderTemplate(voice, 'liquid', {
        ...variables,
        code: spellDigits(code),
      }),
      voiceLanguage: 'en',
      code,
      deliveryMethod: request.deliveryMethod,
      language: null,
      origin: {
        client: { client_id: 'management_api', name: tenantName, metadata: {} },
        connection: connection
          ? { id: connection.id, name: connection.name, strategy: connection.strategy }
          : { id: '', name: '', strategy: 'sms' },
      },
    });
  } catch (error) {
    if (error instanceof AuthError) throw new ManagementError(400, error.description, error.error);
    throw error;
  }
  const isText = request.deliveryMethod === 'text';
  context.logger.info('test_message_sent', {
    provider: provider.name,
    to_length: request.to.length,
    delivery_method: request.deliveryMethod,
    ...(isText ? smsFigures(renderedText) : {}),
  });
  return isText ? { sms: measureSms(renderedText) } : {};
}
