// `@sms-login/mock-server/testing`: helpers for an app's end-to-end tests. They talk to the backend
// over HTTP only, so they work against the Node server and against the MSW handlers alike.
export {
  codeInMessage,
  waitForCode,
  WaitForCodeError,
  type WaitForCodeOptions,
} from './wait-for-code.ts';
