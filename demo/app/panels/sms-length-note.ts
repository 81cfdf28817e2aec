// What the previewed message costs as an SMS: encoding, length in that encoding, segments, and
// which characters push it from GSM-7 (160 a segment) to UCS-2 (70).
import { html, nothing } from 'lit';
import type { SmsLength } from '../../../mock-server/src/index.ts';

/** More characters than this outside GSM-7 is a script, not a stray character worth naming. */
const FEW = 3;

const quoted = (characters: string[]) =>
  characters.map((character) => `“${character}” (U+${codePoint(character)})`).join(', ');

const codePoint = (character: string) =>
  (character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');

export function renderSmsLength(sms: SmsLength) {
  const unit = sms.encoding === 'GSM-7' ? 160 : 70;
  const stray = sms.non_gsm_characters;
  return html`<p id="sms-length" class="help">
      <span data-figure="encoding">${sms.encoding}</span> ·
      <span data-figure="characters">${sms.characters}</span> characters ·
      <span data-figure="segments">${sms.segments}</span>
      ${sms.segments === 1 ? 'segment' : 'segments'}
      ${sms.segments > 1 ? html` (over ${unit} characters: ${sms.encoding === 'GSM-7' ? 153 : 67} a segment)` : nothing}
    </p>
    ${
      stray.length > 0 && stray.length <= FEW
        ? html`<p id="sms-ucs2-warning" class="help" role="note">
            ${quoted(stray)} ${stray.length === 1 ? 'is' : 'are'} not in the GSM-7 alphabet: the
            whole message goes as UCS-2, 70 characters a segment instead of 160.
          </p>`
        : nothing
    }`;
}
