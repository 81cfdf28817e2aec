import type { Client, Connection } from '../tenant/tenant.ts';
import type { BackendContext } from '../context.ts';
import { AuthError } from '../errors.ts';
import type { MessageOrigin } from '../providers/types.ts';
import { smsFigures } from '../sms/sms-length.ts';
import { TemplateError } from '../templates/render.ts';
import { generateCode, hashCode } from './code.ts';
import { composeMessage, type ComposedMessage } from './compose-message.ts';
import { MAX_FAILED_ATTEMPTS } from './rules.ts';
import { fixedTestCode } from './test-numbers.ts';
import type { RedeemOutcome, StoredUser } from '../store/types.ts';

export interface IssueCodeRequest {
  client: Client;
  connection: Connection;
  phoneNumber: string;
  language: string | null;
  deliveryMethod: 'text' | 'voice';
  /** The HTTP request that asked for the code, for providers that pass it on. */
  requester?: MessageOrigin['request'];
  /** The user of this number, when there is one already. */
  user?: StoredUser | undefined;
}

/**
 * Makes a code, renders the message and hands it to the provider. Only a message the provider
 * accepted is saved as the number's pending code: a failed delivery leaves the previous code
 * (if still valid) as the one that works. A test number's fixed code is saved and nothing is sent.
 */
export async function issueCode(context: BackendContext, request: IssueCodeRequest): Promise<void> {
  const { connection, client, phoneNumber, language } = request;
  const options = connection.options;
  const issuedAt = context.clock.now();
  const savePendingCode = async (code: string) => {
    const key = await context.codeHashKey();
    await context.store.saveIssuedCode({
      connection: connection.name,
      phoneNumber,
      codeHash: await hashCode(key, connection.name, phoneNumber, code, context.crypto),
      issuedAt,
      expiresAt: issuedAt + options.totp.time_step * 1000,
      failedAttempts: 0,
      exhausted: false,
    });
  };
  // A test number's fixed code becomes the pending code like any other, so the same rules hold.
  const testCode = fixedTestCode(options, phoneNumber, issuedAt);
  if (testCode !== undefined) {
    await savePendingCode(testCode);
    context.logger.info('test_code_issued', { connection: connection.name });
    return;
  }
  const code = generateCode(options.totp.length);
  let message: ComposedMessage;
  try {
    message = await composeMessage(context, { client, connection, phoneNumber, language, code });
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    context.logger.warn('template_failed', { connection: connection.name, reason: error.message });
    throw new AuthError(400, 'sms_provider_error', error.message);
  }
  const provider = await context.providerFor(connection);
  if (!provider.deliveryMethods.includes(request.deliveryMethod))
    throw new AuthError(
      400,
      'bad.delivery_method',
      `The phone provider does not deliver by ${request.deliveryMethod}`,
    );
  let receipt;
  try {
    receipt = await provider.send({
      to: phoneNumber,
      from: message.from,
      text: message.text,
      voiceText: message.voiceText,
      voiceLanguage: message.voiceLanguage,
      code,
      deliveryMethod: request.deliveryMethod,
      language,
      origin: {
        client: { client_id: client.client_id, name: client.name, metadata: client.metadata },
        connection: { id: connection.id, name: connection.name, strategy: connection.strategy },
        ...(request.requester ? { request: request.requester } : {}),
        ...(request.user
          ? {
              user: {
                user_id: request.user.user_id,
                phone_number: request.user.phone_number,
                name: request.user.name,
              },
            }
          : {}),
      },
    });
  } catch (error) {
    if (error instanceof AuthError)
      context.logger.warn('code_not_sent', {
        connection: connection.name,
        provider: provider.name,
        reason: error.description,
      });
    throw error;
  }
  context.logger.info('code_sent', {
    connection: connection.name,
    provider: receipt.provider,
    language,
    delivery_method: request.deliveryMethod,
    // What the text costs; never the text itself, which holds the code.
    ...(request.deliveryMethod === 'text' ? smsFigures(message.text) : {}),
  });
  await savePendingCode(code);
}

const WRONG_CODE = 'Wrong phone number or verification code.';

/** Checks a code against the number's pending code; resolves when it is right, throws the contract's error otherwise. */
export async function verifyCode(
  context: BackendContext,
  connection: Connection,
  phoneNumber: string,
  candidate: string,
): Promise<void> {
  const key = await context.codeHashKey();
  const outcome: RedeemOutcome = await context.store.redeemCode({
    connection: connection.name,
    phoneNumber,
    candidateHash: await hashCode(key, connection.name, phoneNumber, candidate, context.crypto),
    now: context.clock.now(),
    maxAttempts: MAX_FAILED_ATTEMPTS,
  });
  switch (outcome.outcome) {
    case 'accepted':
      return;
    case 'wrong':
    case 'missing':
      throw new AuthError(403, 'invalid_grant', WRONG_CODE);
    case 'exhausted':
      throw new AuthError(
        403,
        'invalid_grant',
        "You've reached the maximum number of attempts. Please try to login again.",
      );
    case 'expired':
      throw new AuthError(
        403,
        'invalid_grant',
        'The verification code has expired. Please try to login again.',
      );
  }
}
