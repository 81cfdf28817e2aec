// Formatting the number field as the visitor edits it, keeping the caret after the same digit.
import { keptCharsBefore, positionAfterKeptChars } from './caret.js';
import type { PhoneInput } from './phone-number.js';

const digitsOf = (text: string) => text.replace(/[^\d+]/g, '');

/** Whether a number is written with its calling code (`+44 …`, `0044 …`). */
export const isInternational = (text: string) => /^(\+|00)/.test(digitsOf(text));

/** One edit of the number field. */
export interface NumberEdit {
  /** What the field holds now. */
  value: string;
  /** Where the caret is in `value`. */
  caret: number;
  /** The edit's `InputEvent.inputType`; '' when formatting later what is there. */
  inputType: string;
  /** What the field showed before the edit (as last formatted). */
  before: string;
}

/** What the field shows after an edit. */
export interface FormattedNumber {
  display: string;
  caret: number;
  /** The country the number belongs to. */
  country: string;
}

/**
 * Formats an edited number for `country`. `interpret` is libphonenumber-js's reading
 * (`interpretPhoneInput`); `isOffered` says whether a country is in the picker. Deleting a space
 * or bracket that the formatting put there deletes the digit before it instead.
 */
export function formatNumberEdit(
  edit: NumberEdit,
  country: string,
  interpret: (raw: string, country: string) => PhoneInput,
  isOffered: (iso: string) => boolean,
): FormattedNumber | undefined {
  let raw = edit.value;
  let kept = keptCharsBefore(raw, edit.caret);
  if (
    edit.inputType === 'deleteContentBackward' &&
    digitsOf(raw) === digitsOf(edit.before) &&
    raw.length < edit.before.length &&
    kept > 0
  ) {
    const position = positionAfterKeptChars(raw, kept);
    raw = raw.slice(0, position - 1) + raw.slice(position);
    kept -= 1;
  }
  const wasInternational = /^\s*(\+|00)/.test(raw);
  const result = interpret(raw, country);
  const offered = isOffered(result.country);
  if (!offered && isInternational(raw)) return undefined;
  const caret =
    wasInternational && !result.international
      ? result.display.length
      : positionAfterKeptChars(result.display, kept);
  return {
    display: result.display,
    caret,
    country: offered ? result.country : country,
  };
}
