import type { Translation } from '../translation.js';

const km: Translation = {
  $code: 'km',
  $name: 'ខ្មែរ',
  $dir: 'ltr',

  title: 'ចូលដោយប្រើទូរសព្ទរបស់អ្នក',
  phoneIntro: 'យើងនឹងផ្ញើលេខកូដតាម SMS ដើម្បីឱ្យអ្នកចូល។',
  countryLabel: 'ប្រទេស',
  selectedCountry: (country, callingCode) => `ប្រទេស៖ ${country} (${callingCode})`,
  searchCountries: 'ស្វែងរកប្រទេស',
  noCountryFound: 'រកមិនឃើញប្រទេសទេ',
  phoneLabel: 'លេខទូរសព្ទ',
  sendCode: 'ផ្ញើលេខកូដ',
  sending: 'កំពុងផ្ញើ…',

  codeTitle: 'បញ្ចូលលេខកូដ',
  codeSentTo: (phoneNumber) => `យើងបានផ្ញើលេខកូដទៅ ${phoneNumber}។`,
  codeHint: { other: '{count} ខ្ទង់' },
  codeLabel: 'លេខកូដផ្ទៀងផ្ទាត់',
  verify: 'ផ្ទៀងផ្ទាត់',
  verifying: 'កំពុងផ្ទៀងផ្ទាត់…',
  useAnotherNumber: 'ប្រើលេខផ្សេង',
  resendCode: 'ផ្ញើលេខកូដថ្មី',
  resendIn: { other: 'លេខកូដថ្មីក្នុងរយៈពេល {count} វិនាទី' },
  codeResent: 'លេខកូដថ្មីកំពុងមក។',

  successTitle: 'អ្នកបានចូលហើយ',
  successText: 'លេខទូរសព្ទរបស់អ្នកត្រូវបានផ្ទៀងផ្ទាត់។',

  retry: 'ព្យាយាមម្ដងទៀត',
  errorInvalidNumber: 'លេខទូរសព្ទនេះហាក់ដូចជាមិនត្រឹមត្រូវទេ។ សូមពិនិត្យ ហើយព្យាយាមម្ដងទៀត។',
  errorCountryNotAllowed: 'មិនទទួលយកលេខទូរសព្ទពីប្រទេសនេះនៅទីនេះទេ។',
  errorWrongCode: 'លេខកូដនោះមិនត្រឹមត្រូវទេ។ សូមពិនិត្យ ហើយព្យាយាមម្ដងទៀត។',
  errorWrongCodeAttemptsLeft: { other: 'លេខកូដនោះមិនត្រឹមត្រូវទេ។ នៅសល់ការព្យាយាម {count} ដងទៀត។' },
  errorIncompleteCode: { other: 'បញ្ចូលលេខកូដ {count} ខ្ទង់។' },
  errorTooManyAttempts: 'លេខកូដខុសច្រើនពេក។ សូមស្នើសុំលេខកូដថ្មី។',
  errorExpired: 'លេខកូដនេះផុតកំណត់ហើយ។ សូមស្នើសុំលេខកូដថ្មី។',
  errorSignupDisabled: 'គ្មានគណនីដែលប្រើលេខទូរសព្ទនេះទេ។',
  errorRateLimited: (wait) =>
    wait
      ? `ព្យាយាមច្រើនដងពេក។ សូមព្យាយាមម្ដងទៀតក្នុងរយៈពេល ${wait} ទៀត។`
      : 'ព្យាយាមច្រើនដងពេក។ សូមព្យាយាមម្ដងទៀតពេលក្រោយ។',
  errorProvider: 'យើងមិនអាចផ្ញើ SMS បានទេ។ សូមព្យាយាមម្ដងទៀតបន្តិចទៀត។',
  errorNetwork: 'យើងមិនអាចភ្ជាប់ទៅម៉ាស៊ីនមេបានទេ។ សូមពិនិត្យការតភ្ជាប់ ហើយព្យាយាមម្ដងទៀត។',
  errorUnknown: 'មានបញ្ហាអ្វីមួយ។ សូមព្យាយាមម្ដងទៀត។',
};

export default km;
