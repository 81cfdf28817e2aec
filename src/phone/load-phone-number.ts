/** The number parsing module, loaded once on first need (focus, typing, paste or submit). */
export type PhoneNumberSupport = typeof import('./phone-number.js');

let loading: Promise<PhoneNumberSupport> | undefined;
let loaded: PhoneNumberSupport | undefined;

export function loadPhoneNumberSupport(): Promise<PhoneNumberSupport> {
  loading ??= import('./phone-number.js').then((module) => (loaded = module));
  return loading;
}

/** The module if it has already been loaded (by any element on the page). */
export function loadedPhoneNumberSupport(): PhoneNumberSupport | undefined {
  return loaded;
}
