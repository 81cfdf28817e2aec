import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { measureSms } from '../src/sms/sms-length.ts';

// GSM 03.38: the default alphabet (0x00–0x7F less the escape 0x1B) and its extension table.
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENSION = '\f^{}\\[~]|€';

const figures = (text: string) => {
  const { encoding, characters, segments } = measureSms(text);
  return { encoding, characters, segments };
};

describe('SMS length', () => {
  describe('GSM-7', () => {
    it('counts each character of the default alphabet as one septet', () => {
      assert.equal([...GSM_BASIC].length, 127);
      for (const character of GSM_BASIC)
        assert.deepEqual(
          figures(character),
          { encoding: 'GSM-7', characters: 1, segments: 1 },
          JSON.stringify(character),
        );
      assert.deepEqual(figures(GSM_BASIC), { encoding: 'GSM-7', characters: 127, segments: 1 });
    });

    it('writes no other character of Latin-1, Latin Extended or Greek in GSM-7', () => {
      for (let point = 0x20; point < 0x400; point++) {
        const character = String.fromCodePoint(point);
        if (GSM_BASIC.includes(character) || GSM_EXTENSION.includes(character)) continue;
        assert.equal(measureSms(character).encoding, 'UCS-2', `U+${point.toString(16)}`);
      }
    });

    it('counts each character of the extension table as two (escape and character)', () => {
      for (const character of GSM_EXTENSION)
        assert.deepEqual(
          figures(character),
          { encoding: 'GSM-7', characters: 2, segments: 1 },
          JSON.stringify(character),
        );
      assert.deepEqual(figures(`Total: 5€ {x}`), {
        encoding: 'GSM-7',
        characters: 16,
        segments: 1,
      });
    });

    it('fits 160 septets in one segment and 153 in each part of a longer message', () => {
      assert.deepEqual(figures('a'.repeat(160)), {
        encoding: 'GSM-7',
        characters: 160,
        segments: 1,
      });
      assert.deepEqual(figures('a'.repeat(161)), {
        encoding: 'GSM-7',
        characters: 161,
        segments: 2,
      });
      assert.deepEqual(figures('a'.repeat(306)), {
        encoding: 'GSM-7',
        characters: 306,
        segments: 2,
      });
      assert.deepEqual(figures('a'.repeat(307)), {
        encoding: 'GSM-7',
        characters: 307,
        segments: 3,
      });
      assert.deepEqual(figures('€'.repeat(80)), {
        encoding: 'GSM-7',
        characters: 160,
        segments: 1,
      });
      assert.deepEqual(figures('€'.repeat(81)), {
        encoding: 'GSM-7',
        characters: 162,
        segments: 2,
      });
    });

    it('never splits an extension character across two parts', () => {
      // 306 septets would fill two parts, but the € cannot start in the last septet of the first.
      assert.deepEqual(figures(`${'a'.repeat(152)}€${'a'.repeat(152)}`), {
        encoding: 'GSM-7',
        characters: 306,
        segments: 3,
      });
      assert.deepEqual(figures(`${'a'.repeat(151)}€${'a'.repeat(153)}`), {
        encoding: 'GSM-7',
        characters: 306,
        segments: 2,
      });
    });
  });

  describe('UCS-2', () => {
    it('switches the whole message to UCS-2 for one character outside GSM-7, and names it', () => {
      const sms = measureSms('It’s 271669, it’s yours');
      assert.equal(sms.encoding, 'UCS-2');
      assert.equal(sms.characters, 23);
      assert.deepEqual(sms.non_gsm_characters, ['’']);
      for (const character of ['ç', 'á', '`', 'ж', 'Ş'])
        assert.equal(measureSms(`code ${character}`).encoding, 'UCS-2', character);
      assert.deepEqual(measureSms('plain text').non_gsm_characters, []);
    });

    it('fits 70 units in one segment and 67 in each part of a longer message', () => {
      assert.deepEqual(figures('ж'.repeat(70)), { encoding: 'UCS-2', characters: 70, segments: 1 });
      assert.deepEqual(figures('ж'.repeat(71)), { encoding: 'UCS-2', characters: 71, segments: 2 });
      assert.deepEqual(figures('ж'.repeat(134)), {
        encoding: 'UCS-2',
        characters: 134,
        segments: 2,
      });
      assert.deepEqual(figures('ж'.repeat(135)), {
        encoding: 'UCS-2',
        characters: 135,
        segments: 3,
      });
      // A GSM character in a UCS-2 message is one unit like any other, € included.
      assert.deepEqual(figures(`${'a'.repeat(68)}€ж`), {
        encoding: 'UCS-2',
        characters: 70,
        segments: 1,
      });
    });

    it('counts UTF-16 code units: a character outside the BMP takes two', () => {
      assert.deepEqual(figures('😀'.repeat(35)), {
        encoding: 'UCS-2',
        characters: 70,
        segments: 1,
      });
      assert.deepEqual(figures('😀'.repeat(36)), {
        encoding: 'UCS-2',
        characters: 72,
        segments: 2,
      });
    });
  });
});
