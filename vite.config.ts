import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

const resolve = {
  // Pages under demo/ may import the element's source as /src/… although their root is demo/.
  alias: [{ find: /^\/src\//, replacement: fileURLToPath(new URL('./src/', import.meta.url)) }],
};

// `vite build`: the element for bundlers (dist/sms-login.js, with one chunk per language, one for
// libphonenumber-js and one per country calling code for its metadata). Lit stays an import, so an
// app that uses Lit itself ships one copy.
// `vite build --mode cdn`: the same element with Lit bundled in (dist/cdn/), for a
// `<script type="module">` from a CDN with no bundler.
// `vite` (dev): the demo page in demo/.
// `vite build --mode demo` (npm run build:demo): the demo as static files in dist-demo/, with
// relative URLs so any static host (and any sub-path) serves it; the backend runs in the page.
const LIT = /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/.*)?$/;

// The element names every language's chunk up front, and 62 different hashes would be most of
// that table's bytes. One hash of the version and all the translations' sources serves them all:
// a changed text or a new version renames every language's chunk, so caches (the server's hosted
// page keeps chunks as immutable) never serve an old one.
const translations = new URL('./src/i18n/translations/', import.meta.url);
const LANGUAGES_HASH = createHash('sha256')
  .update(JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version)
  .update(
    readdirSync(translations)
      .sort()
      .map((file) => `${file}\0${readFileSync(new URL(file, translations), 'utf8')}`)
      .join('\0'),
  )
  .digest('base64url')
  .slice(0, 8);

export default defineConfig(({ command, mode }) =>
  mode === 'demo' && command === 'build'
    ? {
        root: 'demo',
        base: './',
        resolve,
        build: {
          outDir: fileURLToPath(new URL('./dist-demo/', import.meta.url)),
          emptyOutDir: true,
          target: 'es2022',
          // The whole backend is in the page (liquidjs, jose, hono, zod, msw): big, and fine here.
          chunkSizeWarningLimit: 1200,
          rolldownOptions: { output: { minify: true } },
        },
      }
    : {
        root: command === 'serve' ? 'demo' : '.',
        server: { port: 5173 },
        resolve,
        // The element's html`` and css`` templates are written for people and shipped minified.
        plugins: [
          {
            ...minifyHtmlLiterals({ include: ['src/**/*.ts'], failOnError: true }),
            apply: 'build',
          },
        ],
        build: {
          outDir: mode === 'cdn' ? 'dist/cdn' : 'dist',
          // The npm build empties dist/; the CDN build, run after it, only its own folder.
          emptyOutDir: true,
          target: 'es2022',
          lib: {
            entry: 'src/sms-login.ts',
            formats: ['es'],
            fileName: () => 'sms-login.js',
          },
          rolldownOptions: {
            external: mode === 'cdn' ? [] : [LIT],
            output: {
              minify: true,
              // No @__PURE__ marks: they would help no bundler, as the entry defines the element.
              comments: false,
              // Phone metadata: one chunk per country calling code (calling-code-44-….js).
              // Languages: one chunk each (lang-pt-BR-….js), all with one hash, LANGUAGES_HASH.
              chunkFileNames: (chunk) =>
                chunk.facadeModuleId?.includes('/src/generated/phone-metadata/calling-code/')
                  ? 'chunks/calling-code-[name]-[hash].js'
                  : chunk.facadeModuleId?.includes('/src/i18n/translations/')
                    ? `chunks/lang-[name]-${LANGUAGES_HASH}.js`
                    : 'chunks/[name]-[hash].js',
            },
          },
        },
      },
);
