import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// `vite build`: the element as an ES module library (dist/sms-login.js, with one chunk per
// language and one for the phone number metadata). `vite` (dev): the demo page in demo/.
export default defineConfig(({ command }) => ({
  root: command === 'serve' ? 'demo' : '.',
  server: { port: 5173 },
  // The demo page imports the element's source as /src/… although its root is demo/.
  resolve: {
    alias: [{ find: /^\/src\//, replacement: fileURLToPath(new URL('./src/', import.meta.url)) }],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    manifest: true,
    lib: {
      entry: 'src/sms-login.ts',
      formats: ['es'],
      fileName: () => 'sms-login.js',
    },
    rolldownOptions: {
      output: {
        minify: true,
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
}));
