export { createBackend, type Backend, type BackendOptions } from './backend.ts';
export { parseConfig, ConfigError } from './config/parse.ts';
export { defaultConfig } from './config/defaults.ts';
export {
  DEFAULT_TEMPLATE,
  PASSWORDLESS_OTP_GRANT,
  type Config,
  type ConfigInput,
  type ClientConfig,
  type ConnectionConfig,
  type SmsOptions,
} from './config/schema.ts';
export { createManualClock, systemClock, type Clock } from './clock.ts';
export { createConsoleLogger, silentLogger, type Logger } from './logger.ts';
export { createMemoryStore } from './store/memory.ts';
export { StoreUnavailableError } from './store/store-unavailable.ts';
export type {
  Store,
  OutboxMessage,
  StoredUser,
  PendingCode,
  RefreshTokenFamily,
  StoredRefreshToken,
  NewRefreshTokenFamily,
  FoundRefreshToken,
  RefreshTokenExchange,
  RefreshTokenExchangeOutcome,
} from './store/types.ts';
export { AuthError } from './errors.ts';
export {
  DEFAULT_MESSAGES,
  MESSAGE_LANGUAGES,
  defaultMessage,
  messageLanguageFor,
  type MessageLanguage,
} from './otp/default-messages.ts';
export { measureSms, type SmsLength } from './sms/sms-length.ts';
export {
  renderMessage,
  validateTemplate,
  TemplateError,
  type MessageVariables,
} from './templates/render.ts';
