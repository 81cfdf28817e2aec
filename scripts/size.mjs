// `npm run size`: builds the widget's two builds and prints the gzip size of what a page loads,
// failing above the budgets in scripts/size-budget.json:
//   cdn   dist/cdn/, self-contained (Lit bundled): what a page loads from a CDN
//   npm   dist/, for bundlers: the same without Lit, which the app's bundle shares
//   first render     the entry and its static imports: the element, Lit, the English strings, the
//                    country/calling-code table; the page needs nothing else to render.
//   before typing    plus what the element fetches on the visitor's first focus or touch:
//                    libphonenumber-js's core (formatting, validation) and the metadata chunk of
//                    the selected country's calling code. Counted with the largest chunk, so it
//                    holds whatever the default country.
//   each calling code  one more metadata chunk, fetched when the visitor picks a country with
//                    another calling code or types/pastes `+<code>` / `00<code>`.
//   everything       every file of the build (all languages and all calling codes).
// It also checks that no numbering plan is in the first-render or before-typing files other than
// in its own calling code's chunk, and that each chunk holds exactly its calling code's plans.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

for (const args of [[], ['--mode', 'cdn']])
  execFileSync('npx', ['vite', 'build', '--manifest', '--logLevel', 'error', ...args], {
    stdio: 'inherit',
  });

const root = new URL('../', import.meta.url);
const budget = JSON.parse(readFileSync(new URL('scripts/size-budget.json', root)));
const metadata = JSON.parse(
  readFileSync(new URL('node_modules/libphonenumber-js/metadata.min.json', root)),
);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const problems = [];
// A plan as it starts in the built code: calling code, international prefix, number pattern
// (the minifier may quote with ' or `).
const patternOf = (iso) => JSON.stringify(metadata.countries[iso].slice(0, 3)).slice(1, -1);
const name = (chunk) => `+${chunk.code} ${chunk.regions.slice(0, 3).join(' ')}`;

/** Measures the build in `dist` (relative to the repository) and prints its figures. */
function measureBuild(title, distPath, limits) {
  const dist = new URL(distPath, root);
  const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist)));
  const gzip = (file) => gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length;
  const sum = (files) => [...files].reduce((total, file) => total + gzip(file), 0);

  /** The files `key` loads with its static imports, leaving out those in `already`. */
  function withStaticImports(key, already = new Set()) {
    const files = new Set();
    const visit = (k) => {
      const chunk = manifest[k];
      if (already.has(chunk.file) || files.has(chunk.file)) return;
      files.add(chunk.file);
      for (const imported of chunk.imports ?? []) visit(imported);
    };
    visit(key);
    return files;
  }

  const keyOf = (suffix) => {
    const key = Object.keys(manifest).find((k) => k.endsWith(suffix));
    if (!key) throw new Error(`no ${suffix} in the build`);
    return key;
  };
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const firstRender = withStaticImports(entryKey);
  // On first focus: the core and the table of chunks, in parallel, then the country's chunk.
  const core = new Set([
    ...withStaticImports(keyOf('src/phone/phone-number.ts'), firstRender),
    ...withStaticImports(keyOf('src/generated/phone-metadata/metadata-chunks.ts'), firstRender),
  ]);

  // The metadata chunks, by calling code.
  const chunks = Object.keys(manifest)
    .map((key) => /src\/generated\/phone-metadata\/calling-code\/(\d+)\.ts$/.exec(key))
    .filter(Boolean)
    .map(([key, code]) => ({
      code,
      file: manifest[key].file,
      imports: manifest[key].imports ?? [],
      gzip: gzip(manifest[key].file),
      regions: metadata.country_calling_codes[code] ?? [],
    }))
    .sort((a, b) => a.gzip - b.gzip);
  const byCode = new Map(chunks.map((chunk) => [chunk.code, chunk]));
  const largest = chunks.at(-1);
  const median = chunks[Math.floor(chunks.length / 2)];
  const typical = byCode.get('49'); // Germany: a single-region calling code of middling size

  // Checks: each numbering plan is in its own calling code's chunk and nowhere up front.
  for (const code of Object.keys(metadata.country_calling_codes))
    if (!byCode.has(code)) problems.push(`${title}: no metadata chunk for +${code}`);
  const read = (file) => readFileSync(new URL(file, dist), 'utf8').replace(/[`']/g, '"');
  const upFrontText = [...firstRender, ...core].map(read).join('\n');
  for (const iso of Object.keys(metadata.countries)) {
    if (upFrontText.includes(patternOf(iso)))
      problems.push(`${title}: ${iso}'s numbering plan is loaded before the visitor types`);
  }
  for (const chunk of chunks) {
    if (chunk.imports.length)
      problems.push(`${title}: ${chunk.file} imports ${chunk.imports.join(', ')}`);
    const text = read(chunk.file);
    for (const iso of Object.keys(metadata.countries)) {
      const own = chunk.regions.includes(iso);
      if (text.includes(patternOf(iso)) !== own)
        problems.push(`${title}: ${chunk.file} ${own ? 'lacks' : 'holds'} ${iso}'s numbering plan`);
    }
  }
  // Lit: bundled in the CDN build, an import of the app's copy in the npm build.
  const importsLit = /from\s*"lit(\/[^"]*)?"/.test(read(manifest[entryKey].file));
  if (importsLit !== !limits.bundlesLit)
    problems.push(`${title}: Lit is ${importsLit ? 'imported' : 'bundled'}`);

  const all = Object.values(manifest).map((chunk) => chunk.file);
  const total = sum(new Set(all));
  const languages = Object.keys(manifest).filter((key) => key.includes('/i18n/translations/'));
  const largestLanguage = Math.max(...languages.map((key) => gzip(manifest[key].file)));
  const firstRenderSize = sum(firstRender);
  const coreSize = sum(core);
  const beforeTyping = firstRenderSize + coreSize + largest.gzip;
  const line = (label, size, limit) =>
    console.log(
      `${label.padEnd(64)} ${kb(size).padStart(8)}${limit ? `   budget ${kb(limit)}` : ''}`,
    );

  console.log(`\n${title}\n`);
  for (const file of firstRender) console.log(`  ${file.padEnd(62)} ${kb(gzip(file)).padStart(8)}`);
  line(`first render (${limits.firstRenderHolds})`, firstRenderSize, limits.firstRender);
  for (const file of core) console.log(`  ${file.padEnd(62)} ${kb(gzip(file)).padStart(8)}`);
  console.log(
    `  ${`${largest.file} (${name(largest)}…)`.padEnd(62)} ${kb(largest.gzip).padStart(8)}`,
  );
  line(
    'BEFORE TYPING (+ libphonenumber-js core, chunk table, default country)',
    beforeTyping,
    limits.beforeTyping,
  );
  console.log(
    `  with a US default (+1): ${kb(firstRenderSize + coreSize + byCode.get('1').gzip)}; ` +
      `with a DE default (+49): ${kb(firstRenderSize + coreSize + typical.gzip)}; ` +
      `counted above with the largest chunk (${name(largest)})`,
  );
  console.log('');
  line(`one more calling code, typical (${name(typical)})`, typical.gzip);
  line(`one more calling code, median of ${chunks.length} (${name(median)})`, median.gzip);
  line(
    `one more calling code, largest (${name(largest)}; +1 is ${kb(byCode.get('1').gzip)})`,
    largest.gzip,
    limits.largestCallingCode,
  );
  line(`each other language (at most, ${languages.length} files, on demand)`, largestLanguage);
  line(`everything (${all.length} files: all languages and calling codes)`, total, limits.total);

  const over = (label, size, limit) => {
    if (limit !== undefined && size > limit)
      problems.push(`${title}: ${label} ${kb(size)} > ${kb(limit)}`);
  };
  over('before typing', beforeTyping, limits.beforeTyping);
  over('first render', firstRenderSize, limits.firstRender);
  over('largest calling code', largest.gzip, limits.largestCallingCode);
  over('everything', total, limits.total);
}

console.log('gzip size of <sms-login> (minified, gzip -9)');
measureBuild('CDN build, dist/cdn/ (self-contained: Lit bundled)', 'dist/cdn/', {
  ...budget.cdn,
  bundlesLit: true,
  firstRenderHolds: 'element, Lit, English, country table',
});
measureBuild('npm build, dist/ (for bundlers: Lit comes from the app)', 'dist/', {
  ...budget.npm,
  bundlesLit: false,
  firstRenderHolds: 'element, English, country table; no Lit',
});

if (problems.length) {
  console.error(`\nFailed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('\nNo numbering plan loads before its calling code is needed.');
