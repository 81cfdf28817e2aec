const isKept = (char: string) => /[\d+]/.test(char);

/** How many digits (and plus signs) stand before `position` in `text`. */
export function keptCharsBefore(text: string, position: number): number {
  let count = 0;
  for (let i = 0; i < position && i < text.length; i++) if (isKept(text[i]!)) count++;
  return count;
}

/** The caret position just after the `count`-th digit of `text`, so reformatting keeps it in place. */
export function positionAfterKeptChars(text: string, count: number): number {
  if (count <= 0) return 0;
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (isKept(text[i]!) && ++seen === count) return i + 1;
  }
  return text.length;
}

// Also in phone-metadata.ts, for the element: this module is in the chunk loaded on demand, which
// imports none of the element's modules (one would become a chunk of its own, shared by both).

/** What is kept of a typed number: its digits and plus signs. */
export const digitsOf = (text: string) => text.replace(/[^\d+]/g, '');

/** Whether a number is written with its calling code (`+44 …`, `0044 …`). */
export const isInternational = (text: string) => /^(\+|00)/.test(digitsOf(text));
