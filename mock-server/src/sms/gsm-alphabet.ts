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
