import { invalidBody } from '../../management/errors.ts';
import { sameJson } from '../../management/read-only.ts';
import type { ManagementApp } from './router.ts';
import { readManagementBody } from './router.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface FixedSettings {
  path: string;
  /** Throw Auth0's 403 unless the token's scopes allow reading, or changing. */
  authorize: { read(scopes: Set<string>): void; update(scopes: Set<string>): void };
  /** What `GET` shows: the settings as this backend behaves. */
  value: { [key: string]: Json };
  /** Why they cannot change, for the refusal of a `PATCH` that changes them. */
  reason: string;
}

/**
 * `GET` and `PATCH` of settings that this backend has one way only (an Auth0 feature it does not
 * have, or one its configuration sets). `GET` shows them; a `PATCH` that writes them back as
 * they are is accepted, so a Deploy CLI export imports back unchanged; a `PATCH` that changes
 * one is refused, naming it, rather than reported as done.
 */
export function addFixedSettings(app: ManagementApp, settings: FixedSettings): void {
  app.get(settings.path, (c) => {
    settings.authorize.read(c.get('scopes'));
    return c.json(settings.value);
  });
  app.patch(settings.path, async (c) => {
    settings.authorize.update(c.get('scopes'));
    const body = await readManagementBody(c.req.raw);
    const unknown = Object.keys(body).filter((key) => !Object.hasOwn(settings.value, key));
    if (unknown.length)
      throw invalidBody(
        `Payload validation error: 'Additional properties not allowed: ${unknown.join(',')}'.`,
      );
    const changed = Object.keys(body).find((key) => !sameJson(body[key], settings.value[key]));
    if (changed !== undefined)
      throw invalidBody(`Payload validation error: '${settings.reason}' on property ${changed}.`);
    return c.json(settings.value);
  });
}
