// As-you-type formatting cost: each keystroke runs what the widget's input handler runs,
// `interpretPhoneInput(<what the field showed> + <the new character>, country)` (libphonenumber-js
// `AsYouType` with the min metadata, see src/phone/phone-number.ts). Prints one JSON line.
import { interpretPhoneInput } from '../../src/phone/phone-number.ts';
import * as metadataModule from '../../src/phone/phone-metadata.ts';

const seconds = Number(process.argv[2] ?? '2');
const typed: [string, string][] = [
  ['2015550123', 'US'],
  ['07400123456', 'GB'],
  ['0612345678', 'FR'],
  ['015123456789', 'DE'],
  ['9876543210', 'IN'],
  ['11987654321', 'BR'],
  ['+447400123456', 'US'],
  ['+61 0431 234 567', 'US'],
];
// The element loads each calling code's metadata before it formats (`loadMetadataForInput`);
// load all of it up front so the timed loop formats every keystroke.
const loadForInput = (metadataModule as Record<string, unknown>).loadMetadataForInput as
  ((raw: string, country: string) => Promise<void>) | undefined;
if (loadForInput)
  for (const [text, country] of typed) {
    for (let length = 1; length <= text.length; length++)
      await loadForInput(text.slice(0, length), country);
  }
const keystrokes = typed.reduce((total, [text]) => total + text.length, 0);

function typeAll(): number {
  let checksum = 0;
  for (const [text, country] of typed) {
    let shown = '';
    let region = country;
    for (const char of text) {
      const result = interpretPhoneInput(shown + char, region);
      shown = result.display;
      region = result.country;
      checksum += shown.length;
    }
  }
  return checksum;
}

const check = interpretPhoneInput('2015550123', 'US').display;
if (!/\D/.test(check)) throw new Error(`no formatting happened: ${check}`);
for (let warm = 0; warm < 200; warm++) typeAll();
let rounds = 0;
const started = performance.now();
const end = started + seconds * 1000;
while (performance.now() < end) {
  typeAll();
  rounds++;
}
const elapsedUs = (performance.now() - started) * 1000;
process.stdout.write(
  `${JSON.stringify({ perKeystrokeUs: elapsedUs / (rounds * keystrokes), numbers: typed.length, keystrokes, rounds })}\n`,
);
