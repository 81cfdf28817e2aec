// Formatting the number field as the visitor edits it, keeping the caret after the same digit.
// Part of the number support loaded on demand (phone-number.ts exports it).
import { digitsOf, isInternational, keptCharsBefore, positionAfterKeptChars } from './caret.js';

export { isInternational };

/** libphonenumber-js's reading of what was typed (`interpretPhoneInput` in phone-number.ts). */
type Interpret = (
  raw: string,
  country: string,
) => { display: string; country: string; international: boolean };

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
  interpret: Interpret,
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
