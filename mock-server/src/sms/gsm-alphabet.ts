// GSM 03.38, the alphabet of GSM-7 text messages: the default table (one septet a character; 0x1B,
// the escape, left out) and the extension table (escape and a septet: two).
const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const EXTENSION = '\f^{}\\[~]|€';

const SEPTETS = new Map<string, 1 | 2>([
  ...[...BASIC].map((character) => [character, 1] as const),
  ...[...EXTENSION].map((character) => [character, 2] as const),
]);

/** The septets a character takes in GSM-7, or undefined when GSM-7 cannot write it. */
export const gsmSeptets = (character: string): 1 | 2 | undefined => SEPTETS.get(character);

// The same tables by UTF-16 code unit (every GSM character is one), for the all-GSM text that
// nearly every message is: an array read a character, not a Map lookup.
const SEPTETS_BY_CODE = new Uint8Array(
  Math.max(...[...SEPTETS.keys()].map((character) => character.charCodeAt(0))) + 1,
);
for (const [character, size] of SEPTETS) SEPTETS_BY_CODE[character.charCodeAt(0)] = size;

/** The septets `text` takes in GSM-7, or undefined when one of its characters is not GSM. */
export function gsmTextSeptets(text: string): number | undefined {
  let septets = 0;
  for (let index = 0; index < text.length; index++) {
    const size = SEPTETS_BY_CODE[text.charCodeAt(index)];
    if (!size) return undefined;
    septets += size;
  }
  return septets;
}
