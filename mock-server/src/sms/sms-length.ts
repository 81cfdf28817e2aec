// What a text message costs: its encoding, its length in that encoding's units and its segments,
// counted as carriers do (3GPP TS 23.038 and 23.040): one segment holds 140 octets, a part of a
// longer message 134 once its 6-octet concatenation header is in.
import { gsmSeptets, gsmTextSeptets } from './gsm-alphabet.ts';

export interface SmsLength {
  /** GSM-7 when every character is in the GSM 03.38 tables, UCS-2 otherwise. */
  encoding: 'GSM-7' | 'UCS-2';
  /**
   * The length in the encoding's units: septets for GSM-7 (an extension character such as `€`
   * or `{` takes two), UTF-16 code units for UCS-2 (an emoji outside the BMP takes two).
   */
  characters: number;
  /** Parts the message is sent in: one up to 160 / 70, else 153 / 67 per part. */
  segments: number;
  /** The characters that force UCS-2, each once, in the order they first appear. */
  non_gsm_characters: string[];
}

const LIMITS = {
  'GSM-7': { single: 160, part: 153 },
  'UCS-2': { single: 70, part: 67 },
} as const;

export function measureSms(text: string): SmsLength {
  // Every sent message is measured for its log line: one pass by code unit for the GSM text most
  // are, one by character for the others, a further one only for a text past one segment.
  const septets = gsmTextSeptets(text);
  const nonGsm: string[] = [];
  if (septets === undefined)
    for (const character of text)
      if (gsmSeptets(character) === undefined && !nonGsm.includes(character))
        nonGsm.push(character);
  const encoding = septets === undefined ? 'UCS-2' : 'GSM-7';
  const total = septets ?? text.length;
  const { single, part } = LIMITS[encoding];
  let segments = 1;
  if (total > single) {
    // A character never straddles two parts: an escape and its septet, or a surrogate pair,
    // that would cross the end of one part starts the next.
    let used = 0;
    for (const character of text) {
      const size = encoding === 'GSM-7' ? gsmSeptets(character)! : character.length;
      if (used + size > part) {
        segments++;
        used = 0;
      }
      used += size;
    }
  }
  return { encoding, characters: total, segments, non_gsm_characters: nonGsm };
}

/** The figures of `measureSms` a log line carries: no characters of the message itself. */
export function smsFigures(text: string): Pick<SmsLength, 'encoding' | 'characters' | 'segments'> {
  const { encoding, characters, segments } = measureSms(text);
  return { encoding, characters, segments };
}
