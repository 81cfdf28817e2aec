// `npm run size`: builds the widget and prints the gzip size of what a page loads, failing above
// the budgets in scripts/size-budget.json.
//   up front            the entry and its static imports: the element, Lit, the English strings
//                       and the country/calling-code table; the page needs nothing else to render.
//   with phone numbers  plus the chunk with libphonenumber-js and its metadata (formatting and
//                       validation), which the element fetches when the visitor first focuses it.
// Other languages are one chunk each, fetched only when asked for.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });

const dist = new URL('../dist/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist)));
const budget = JSON.parse(readFileSync(new URL('size-budget.json', import.meta.url)));
const gzip = (file) => gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const staticFiles = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (staticFiles.has(chunk.file)) return;
  staticFiles.add(chunk.file);
  for (const imported of chunk.imports ?? []) visit(imported);
};
visit(entryKey);

const phoneKey = Object.keys(manifest).find((key) => key.endsWith('src/phone/phone-number.ts'));
const phoneFiles = new Set();
const visitPhone = (key) => {
  const chunk = manifest[key];
  if (staticFiles.has(chunk.file) || phoneFiles.has(chunk.file)) return;
  phoneFiles.add(chunk.file);
  for (const imported of chunk.imports ?? []) visitPhone(imported);
};
visitPhone(phoneKey);

const sum = (files) => [...files].reduce((total, file) => total + gzip(file), 0);
const upFront = sum(staticFiles);
const phone = sum(phoneFiles);
const languages = Object.keys(manifest).filter((key) => key.includes('/i18n/translations/'));
const largestLanguage = Math.max(...languages.map((key) => gzip(manifest[key].file)));

console.log('gzip size of <sms-login> (min + gzip -9)');
for (const file of staticFiles) console.log(`  ${file.padEnd(44)} ${kb(gzip(file))}`);
console.log(
  `up front (element, Lit, English, country table): ${kb(upFront)}  budget ${kb(budget.upFront)}`,
);
for (const file of phoneFiles) console.log(`  ${file.padEnd(44)} ${kb(gzip(file))}`);
console.log(
  `with phone numbers (+ libphonenumber-js min metadata, on first focus): ${kb(upFront + phone)}  budget ${kb(budget.withPhoneNumbers)}`,
);
console.log(
  `each other language: at most ${kb(largestLanguage)} (${languages.length} files, on demand)`,
);

const over = [];
if (upFront > budget.upFront) over.push(`up front ${kb(upFront)} > ${kb(budget.upFront)}`);
if (upFront + phone > budget.withPhoneNumbers)
  over.push(`with phone numbers ${kb(upFront + phone)} > ${kb(budget.withPhoneNumbers)}`);
if (over.length) {
  console.error(`Over budget: ${over.join('; ')}`);
  process.exit(1);
}
