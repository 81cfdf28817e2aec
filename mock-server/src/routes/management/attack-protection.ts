import { requireScope } from '../../management/access.ts';
import { addFixedSettings } from './fixed-settings.ts';
import type { ManagementRoutes } from './router.ts';

const REASON =
  "Auth0's attack protection is not available: this backend's own limits (code attempts, sends per number, requests per address) are set by its configuration";
const authorize = {
  read: (scopes: Set<string>) => requireScope(scopes, 'read:attack_protection'),
  update: (scopes: Set<string>) => requireScope(scopes, 'update:attack_protection'),
};

/**
 * `GET/PATCH /attack-protection/{breached-password-detection, brute-force-protection,
 * suspicious-ip-throttling}` and `/risk-assessments/settings`: off, as this backend has neither
 * passwords nor Auth0's shields and risk scores.
 */
export const attackProtectionRoutes: ManagementRoutes = (app) => {
  addFixedSettings(app, {
    path: '/attack-protection/breached-password-detection',
    authorize,
    reason: REASON,
    value: { enabled: false, shields: [], admin_notification_frequency: [], method: 'standard' },
  });
  addFixedSettings(app, {
    path: '/attack-protection/brute-force-protection',
    authorize,
    reason: REASON,
    value: {
      enabled: false,
      shields: [],
      allowlist: [],
      mode: 'count_per_identifier_and_ip',
      max_attempts: 10,
    },
  });
  addFixedSettings(app, {
    path: '/attack-protection/suspicious-ip-throttling',
    authorize,
    reason: REASON,
    value: {
      enabled: false,
      shields: [],
      allowlist: [],
      stage: {
        'pre-login': { max_attempts: 100, rate: 864_000 },
        'pre-user-registration': { max_attempts: 50, rate: 1_200 },
      },
    },
  });
  addFixedSettings(app, {
    path: '/risk-assessments/settings',
    authorize,
    reason: "Auth0's risk assessment is not available",
    value: { enabled: false },
  });
  addFixedSettings(app, {
    path: '/risk-assessments/settings/new-device',
    authorize,
    reason: "Auth0's risk assessment is not available",
    value: { remember_for: 0 },
  });
};
