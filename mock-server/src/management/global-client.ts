import type { BackendContext } from '../context.ts';
import { sha256Hex } from '../crypto/digest.ts';

/**
 * Auth0's "All Applications" client: every tenant has one, standing for settings shared by all
 * its applications (the classic login page among them). It signs nobody in, has no secret and
 * is never stored; its id is derived from the issuer, so it is the same on every start.
 */
export async function globalClientView(context: BackendContext): Promise<Record<string, unknown>> {
  return {
    client_id: (await sha256Hex(`global-client:${context.issuer}`)).slice(0, 32),
    name: 'All Applications',
    tenant: new URL(context.issuer).hostname,
    global: true,
    is_first_party: true,
    callbacks: [],
    allowed_origins: [],
    web_origins: [],
  };
}
