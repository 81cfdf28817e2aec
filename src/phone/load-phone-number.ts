import { callingCodeOf } from './countries.js';
import { hasMetadataForInput, loadMetadataForInput, phoneMetadata } from './phone-metadata.js';

/** The number parsing module, loaded once on first need (focus, typing, paste or submit). */
export type PhoneNumberSupport = typeof import('./phone-number.js');

let loading: Promise<PhoneNumberSupport> | undefined;
let loaded: PhoneNumberSupport | undefined;

export function loadPhoneNumberSupport(): Promise<PhoneNumberSupport> {
  loading ??= import('./phone-number.js').then((module) => {
    module.lend(phoneMetadata, callingCodeOf);
    return (loaded = module);
  });
  return loading;
}

/** Number support, if it is ready to understand `raw` typed in `country` without waiting. */
export function phoneSupportReadyFor(raw: string, country: string): PhoneNumberSupport | undefined {
  return loaded && hasMetadataForInput(raw, country) ? loaded : undefined;
}

/** Loads number support and the metadata of the calling code that `raw` in `country` needs. */
export async function loadPhoneSupportFor(
  raw: string,
  country: string,
): Promise<PhoneNumberSupport> {
  const [phone] = await Promise.all([loadPhoneNumberSupport(), loadMetadataForInput(raw, country)]);
  return phone;
}
