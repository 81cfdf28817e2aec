import { z } from 'zod';
import { postLoginActions } from '../../config/actions.ts';
import { requireScope } from '../../management/access.ts';
import { invalidBody, ManagementError } from '../../management/errors.ts';
import { parsePayload } from '../../management/payload.ts';
import { allowQueryParameters, pageParameters } from '../../management/query.ts';
import { readManagementBody, type ManagementRoutes } from './router.ts';

/** Auth0's Actions triggers; this backend runs `post-login` only. */
const TRIGGERS = [
  'post-login',
  'credentials-exchange',
  'pre-user-registration',
  'post-user-registration',
  'post-change-password',
  'send-phone-message',
] as const;

const triggerView = (id: string) => ({
  id,
  version: id === 'post-login' ? 'v3' : 'v2',
  status: 'CURRENT',
  runtimes: ['node22'],
  default_runtime: 'node22',
  compatible_triggers: [],
});

function knownTrigger(trigger: string): string {
  if (!(TRIGGERS as readonly string[]).includes(trigger))
    throw new ManagementError(404, 'The trigger does not exist.', 'inexistent_trigger');
  return trigger;
}

const bindingsChangesSchema = z.strictObject({
  bindings: z
    .array(
      z.strictObject({
        ref: z.strictObject({
          type: z.enum(['action_name', 'action_id', 'action_slug']),
          value: z.string().min(1).max(255),
        }),
        display_name: z.string().max(255).optional(),
        secrets: z.array(z.unknown()).max(0).optional(),
      }),
    )
    .max(20),
});

/**
 * `GET /actions/triggers`, `GET/PATCH /actions/triggers/{id}/bindings`, `GET /actions/actions`.
 * This backend's post-login Actions are modules named by the configuration's
 * `actions.post_login`, not code kept by the Management API: the API lists no Actions of its own
 * and shows the configured ones as the post-login bindings, by name. A bindings `PATCH` that
 * names the configured Actions in their order is accepted (a Deploy CLI import writes back what
 * it exported); any other change is refused, so an import never reports a change that did not
 * take effect.
 */
export const actionRoutes: ManagementRoutes = (app, context) => {
  const configured = () =>
    postLoginActions(context.config.actions).map((action) => ({
      id: `config:${action.name}`,
      trigger_id: 'post-login',
      display_name: action.name,
      action: { id: `config:${action.name}`, name: action.name },
    }));
  const bindingsOf = (trigger: string) => (trigger === 'post-login' ? configured() : []);

  app.get('/actions/actions', (c) => {
    requireScope(c.get('scopes'), 'read:actions');
    const url = new URL(c.req.url);
    allowQueryParameters(url, ['page', 'per_page', 'trigger_id', 'action_name', 'deployed']);
    const { page, perPage } = pageParameters(url);
    return c.json({ actions: [], total: 0, page, per_page: perPage });
  });

  app.get('/actions/triggers', (c) => {
    requireScope(c.get('scopes'), 'read:actions');
    return c.json({ triggers: TRIGGERS.map(triggerView) });
  });

  app.get('/actions/triggers/:trigger/bindings', (c) => {
    requireScope(c.get('scopes'), 'read:actions');
    const url = new URL(c.req.url);
    allowQueryParameters(url, ['page', 'per_page']);
    const { page, perPage } = pageParameters(url);
    const bindings = bindingsOf(knownTrigger(c.req.param('trigger')));
    return c.json({
      bindings: bindings.slice(page * perPage, (page + 1) * perPage),
      total: bindings.length,
      page,
      per_page: perPage,
    });
  });

  app.patch('/actions/triggers/:trigger/bindings', async (c) => {
    requireScope(c.get('scopes'), 'update:actions');
    const current = bindingsOf(knownTrigger(c.req.param('trigger')));
    const { bindings } = parsePayload(bindingsChangesSchema, await readManagementBody(c.req.raw));
    const unchanged =
      bindings.length === current.length &&
      bindings.every(({ ref }, index) => {
        const binding = current[index]!;
        return ref.type === 'action_id'
          ? ref.value === binding.action.id
          : ref.value === binding.action.name;
      });
    if (!unchanged)
      throw invalidBody(
        "Payload validation error: 'The post-login Actions are set by the configuration's actions.post_login; change them there' on property bindings.",
      );
    return c.json({ bindings: current });
  });
};
