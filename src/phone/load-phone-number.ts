/** The number parsing module, loaded once on first need (focus, typing, paste or submit). */
export type PhoneNumberSupport = typeof import('./phone-number.js');

let loading: Promise<PhoneNumberSupport> | undefined;

export function loadPhoneNumberSupport(): Promise<PhoneNumberSupport> {
  loading ??= import('./phone-number.js');
  return loading;
}
