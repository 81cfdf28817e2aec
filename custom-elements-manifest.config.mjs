// `npm run analyze` writes custom-elements.json from the element's JSDoc. The package ships
// compiled files, not src/, so every path in the manifest is rewritten to what is shipped: the
// registering module to the bundle that defines the tag, every other module to its declarations.
import { posix } from 'node:path';

const ENTRY = 'src/sms-login.ts';

function shippedPath(reference, fromModule) {
  const source = reference.startsWith('/')
    ? reference.slice(1)
    : reference.startsWith('.')
      ? posix.join(posix.dirname(fromModule), reference)
      : reference;
  if (!source.startsWith('src/')) return reference;
  const withoutExtension = source.replace(/\.(ts|js)$/, '');
  if (`${withoutExtension}.ts` === ENTRY) return 'dist/sms-login.js';
  return `dist/types/${withoutExtension.slice('src/'.length)}.d.ts`;
}

function rewrite(node, modulePath) {
  if (Array.isArray(node)) for (const item of node) rewrite(item, modulePath);
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string')
        node[key] = shippedPath(value, modulePath);
      else rewrite(value, modulePath);
    }
}

export default {
  plugins: [
    {
      name: 'shipped-paths',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          const own = module.path;
          rewrite(module, own);
          module.path = shippedPath(own, own);
        }
      },
    },
  ],
};
