import type { Translation } from '../translation.js';

const th: Translation = {
  $code: 'th',
  $name: 'ไทย',
  $dir: 'ltr',

  title: 'ลงชื่อเข้าใช้ด้วยโทรศัพท์',
  phoneIntro: 'เราจะส่งรหัสทาง SMS ให้คุณเพื่อลงชื่อเข้าใช้',
  countryLabel: 'ประเทศ',
  selectedCountry: (country, callingCode) => `ประเทศ: ${country} (${callingCode})`,
  searchCountries: 'ค้นหาประเทศ',
  noCountryFound: 'ไม่พบประเทศ',
  phoneLabel: 'หมายเลขโทรศัพท์',
  sendCode: 'ส่งรหัส',
  sending: 'กำลังส่ง…',

  codeTitle: 'ป้อนรหัส',
  codeSentTo: (phoneNumber) => `เราส่งรหัสไปที่ ${phoneNumber} แล้ว`,
  codeHint: { other: '{count} หลัก' },
  codeLabel: 'รหัสยืนยัน',
  verify: 'ยืนยัน',
  verifying: 'กำลังยืนยัน…',
  useAnotherNumber: 'ใช้หมายเลขอื่น',
  resendCode: 'ส่งรหัสใหม่',
  resendIn: { other: 'ส่งรหัสใหม่ได้ใน {count} วินาที' },
  codeResent: 'รหัสใหม่กำลังส่งไปหาคุณ',

  successTitle: 'คุณลงชื่อเข้าใช้แล้ว',
  successText: 'ยืนยันหมายเลขโทรศัพท์ของคุณแล้ว',

  retry: 'ลองอีกครั้ง',
  errorInvalidNumber: 'หมายเลขโทรศัพท์นี้ดูไม่ถูกต้อง โปรดตรวจสอบแล้วลองอีกครั้ง',
  errorCountryNotAllowed: 'ไม่รับหมายเลขโทรศัพท์จากประเทศนี้',
  errorWrongCode: 'รหัสไม่ถูกต้อง โปรดตรวจสอบแล้วลองอีกครั้ง',
  errorWrongCodeAttemptsLeft: { other: 'รหัสไม่ถูกต้อง เหลืออีก {count} ครั้ง' },
  errorIncompleteCode: { other: 'ป้อนรหัส {count} หลัก' },
  errorTooManyAttempts: 'ป้อนรหัสผิดหลายครั้งเกินไป โปรดขอรหัสใหม่',
  errorExpired: 'รหัสนี้หมดอายุแล้ว โปรดขอรหัสใหม่',
  errorSignupDisabled: 'ไม่มีบัญชีที่ใช้หมายเลขโทรศัพท์นี้',
  errorRateLimited: (wait) =>
    wait ? `ลองหลายครั้งเกินไป โปรดลองอีกครั้งใน ${wait}` : 'ลองหลายครั้งเกินไป โปรดลองอีกครั้งในภายหลัง',
  errorProvider: 'เราส่ง SMS ไม่ได้ โปรดลองอีกครั้งในอีกสักครู่',
  errorNetwork: 'เราเชื่อมต่อเซิร์ฟเวอร์ไม่ได้ โปรดตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง',
  errorUnknown: 'เกิดข้อผิดพลาด โปรดลองอีกครั้ง',
};

export default th;
