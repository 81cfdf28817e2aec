// What a text message costs: its encoding, its length in that encoding's units and its segments.
// Twilio's own segment calculator does the counting, so the figures match what Twilio bills.
import { SegmentedMessage } from 'sms-segments-calculator';

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

export function measureSms(text: string): SmsLength {
  const message = new SegmentedMessage(text);
  const encoding = message.getEncodingName() === 'UCS-2' ? 'UCS-2' : 'GSM-7';
  const characters = message.encodedChars.reduce((sum, char) => sum + char.codeUnits.length, 0);
  return {
    encoding,
    characters,
    segments: message.segmentsCount,
    non_gsm_characters: [...new Set(message.getNonGsmCharacters())],
  };
}

/** The figures of `measureSms` a log line carries: no characters of the message itself. */
export function smsFigures(text: string): Pick<SmsLength, 'encoding' | 'characters' | 'segments'> {
  const { encoding, characters, segments } = measureSms(text);
  return { encoding, characters, segments };
}
