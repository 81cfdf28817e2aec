/**
 * Claims an Action may not set (Auth0's list, "Create Custom Claims"): OpenID Connect's and those
 * Auth0 uses itself. As in Auth0 such a claim is left out and the login goes on.
 */
const RESTRICTED = new Set(
  (
    'acr act active amr at_hash ath attest aud auth_time authorization_details azp c_hash ' +
    'client_id cnf cty dest entitlements events exp groups gty htm htu iat internalService iss ' +
    'jcard jku jti jwe jwk kid may_act mky nbf nonce object_id org_id org_name orig origid ' +
    'permissions roles rph s_hash scope sid sip_callid sip_cseq_num sip_date sip_from_tag ' +
    'sip_via_branch sub sub_jwk toe txn typ uuid vot vtm x5t#S256'
  ).split(' '),
);

/** Namespaces Auth0 keeps for itself. */
const RESTRICTED_NAMESPACES = /(^|[./])(auth0\.com|webtask\.io|webtask\.run)(\/|$)/i;

export const isRestrictedClaim = (name: string): boolean =>
  RESTRICTED.has(name) || RESTRICTED_NAMESPACES.test(name);
