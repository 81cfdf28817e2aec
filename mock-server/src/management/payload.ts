import type { z } from 'zod';
import { invalidBody } from './errors.ts';

const describePath = (path: PropertyKey[]): string =>
  path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
    '',
  ) || 'body';

/**
 * Validates a Management API body against `schema`; the first problem becomes Auth0's 400
 * `invalid_body` naming the property, e.g. `Payload validation error: 'Too big: expected number
 * to be <=40' on property options.totp.length.`
 */
export function parsePayload<Schema extends z.ZodType>(
  schema: Schema,
  body: unknown,
  prefix: PropertyKey[] = [],
): z.output<Schema> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys')
    throw invalidBody(
      `Payload validation error: 'Additional properties not allowed: ${issue.keys.join(',')}'` +
        (issue.path.length || prefix.length
          ? ` on property ${describePath([...prefix, ...issue.path])}.`
          : '.'),
    );
  throw invalidBody(
    `Payload validation error: '${issue.message}' on property ${describePath([...prefix, ...issue.path])}.`,
  );
}
