import { invalidBody, ManagementError } from '../../management/errors.ts';
import { listAnswer } from '../../management/query.ts';
import { readManagementArray, type ManagementApp, type ManagementRoutes } from './router.ts';

/**
 * A list of a resource type this backend does not model. Auth0's tooling (the Deploy CLI, the
 * dashboard's exports) reads every type a tenant can have, and stops at a 404, so each answers
 * as an Auth0 tenant that has none: an empty list, in the shape its paging asks for.
 */
interface EmptyList {
  path: string;
  /** The key of the list in a paged (`include_totals`) or checkpoint (`from`/`take`) answer. */
  key: string;
}

const EMPTY_LISTS: readonly EmptyList[] = [
  { path: '/rules', key: 'rules' },
  { path: '/rules-configs', key: 'rules_configs' },
  { path: '/hooks', key: 'hooks' },
  { path: '/roles', key: 'roles' },
  { path: '/custom-domains', key: 'custom_domains' },
  { path: '/log-streams', key: 'log_streams' },
  { path: '/organizations', key: 'organizations' },
  { path: '/actions/modules', key: 'modules' },
  { path: '/flows', key: 'flows' },
  { path: '/flows/vault/connections', key: 'connections' },
  { path: '/forms', key: 'forms' },
  { path: '/self-service-profiles', key: 'self_service_profiles' },
  { path: '/network-acls', key: 'network_acls' },
  { path: '/user-attribute-profiles', key: 'user_attribute_profiles' },
  { path: '/connection-profiles', key: 'connection_profiles' },
  { path: '/token-exchange-profiles', key: 'token_exchange_profiles' },
  { path: '/rate-limit-policies', key: 'rate_limit_policies' },
  { path: '/event-streams', key: 'eventStreams' },
  { path: '/guardian/policies', key: 'policies' },
  { path: '/connections-directory-provisionings', key: 'directory_provisionings' },
];

/**
 * Features a tenant has only on some plans or once Auth0 enables them. A tenant without one
 * answers Auth0's 403 `feature_not_enabled`, which the Deploy CLI reads as "skip this type".
 */
const FEATURES_NOT_ENABLED: readonly string[] = [
  '/guardian/factors',
  '/guardian/factors/sms/providers/twilio',
  '/guardian/factors/phone/providers/twilio',
  '/guardian/factors/push-notification/providers/apns',
  '/guardian/factors/push-notification/providers/sns',
  '/guardian/factors/sms/templates',
  '/guardian/factors/phone/templates',
  '/guardian/factors/phone/selected-provider',
  '/guardian/factors/phone/message-types',
  '/attack-protection/bot-detection',
  '/attack-protection/captcha',
  '/supplemental-signals',
  '/prompts/:prompt/partials',
];

/** Singletons a new tenant does not have yet: Auth0 answers 404 until one is set. */
const NOT_CONFIGURED: readonly [path: string, message: string, errorCode: string][] = [
  ['/emails/provider', 'Email provider has not been configured', 'inexistent_email_provider'],
  ['/email-templates/:template', 'Template not found', 'inexistent_email_template'],
];

const featureNotEnabled = () =>
  new ManagementError(403, 'This feature is not enabled for this tenant.', 'feature_not_enabled');

/** The empty list in the shape the query asks for; paging parameters are still checked. */
function emptyList(url: URL, key: string): unknown {
  return listAnswer(url, [], key, (item) => item);
}

function addEmptyLists(app: ManagementApp): void {
  for (const { path, key } of EMPTY_LISTS)
    app.get(path, (c) => c.json(emptyList(new URL(c.req.url), key)));
  // `/prompts/rendering` through a parameter: a fixed segment where `/prompts/:prompt/…` has
  // one would turn Hono from its RegExpRouter to a slower one for every request. Other prompts
  // go on to the routes after it (a 404).
  app.get('/prompts/:prompt', (c, next) =>
    c.req.param('prompt') === 'rendering'
      ? c.json(emptyList(new URL(c.req.url), 'configs'))
      : next(),
  );
}

/**
 * `PUT /guardian/policies`: the MFA policies, of which this backend (one factor: the code sent to
 * the phone) has none. Writing back the empty list an export holds is accepted; any policy is
 * refused rather than reported as set.
 */
function addGuardianPolicies(app: ManagementApp): void {
  app.put('/guardian/policies', async (c) => {
    if ((await readManagementArray(c.req.raw)).length > 0)
      throw invalidBody(
        "Payload validation error: 'Multi-factor authentication is not available: the code sent to the phone is the only factor' on property body.",
      );
    return c.json([]);
  });
}

/** `GET` of the resource types above: empty lists, "feature not enabled", "not configured". */
export const unmodeledRoutes: ManagementRoutes = (app) => {
  addEmptyLists(app);
  addGuardianPolicies(app);
  for (const path of FEATURES_NOT_ENABLED)
    app.get(path, () => {
      throw featureNotEnabled();
    });
  for (const [path, message, errorCode] of NOT_CONFIGURED)
    app.get(path, () => {
      throw new ManagementError(404, message, errorCode);
    });
};
