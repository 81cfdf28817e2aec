// The import rules of both packages, checked by `npm run deps` (part of `npm test`).
// docs/architecture.md draws the layers these rules keep in order.
const backend = '^mock-server/src/';
/** The doors: the Node server, its command line (cli.ts, run by bin.ts) and the MSW adapters. */
const doors = `${backend}(adapters/|server/|cli\\.ts$|bin\\.ts$)`;

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'An import the check cannot follow would hide the circles and layers behind it.',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'An import circle, type-only and dynamic imports included. A type two modules share ' +
        'belongs in the lower one.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'widget-not-backend',
      severity: 'error',
      comment:
        'The widget (src/) talks to any Auth0-compatible backend over HTTP, never by import.',
      from: { path: '^src/' },
      to: { path: ['^mock-server/', 'node_modules/@sms-login/mock-server'] },
    },
    {
      name: 'generated-self-contained',
      severity: 'error',
      comment: 'Generated code (src/generated/) imports nothing hand-written.',
      from: { path: '^src/generated/' },
      to: { path: '^src/', pathNot: '^src/generated/' },
    },
    {
      name: 'only-doors-import-doors',
      severity: 'error',
      comment:
        'Routes and everything below them work behind any door: they never import adapters/, ' +
        'server/ or cli.ts.',
      from: { path: backend, pathNot: doors },
      to: { path: doors },
    },
    {
      name: 'routes-not-core',
      severity: 'error',
      comment:
        'backend.ts and index.ts assemble the routes; a route never imports them (nor a door).',
      from: { path: `${backend}routes/` },
      to: { path: `${backend}(backend|index)\\.ts$` },
    },
    {
      name: 'store-at-the-bottom',
      severity: 'error',
      comment:
        'The store imports only the store and crypto/: no route, code rule, template, provider, ' +
        'tenant or configuration code.',
      from: { path: `${backend}store/` },
      to: { path: backend, pathNot: `${backend}(store|crypto)/` },
    },
    {
      name: 'providers-below-code-rules',
      severity: 'error',
      comment: 'A provider delivers a message; it does not import routes, code rules or templates.',
      from: { path: `${backend}providers/` },
      to: { path: `${backend}(routes|otp|templates|management)/` },
    },
    {
      name: 'templates-below-providers',
      severity: 'error',
      comment: 'Templates render text from values; they import no route, code rule or provider.',
      from: { path: `${backend}templates/` },
      to: { path: `${backend}(routes|otp|providers|management|tenant|store)/` },
    },
    {
      name: 'actions-below-routes',
      severity: 'error',
      comment:
        'Post-login Actions are run by the routes and the login core; actions/ imports neither, ' +
        'nor the Management API.',
      from: { path: `${backend}actions/` },
      to: { path: `${backend}(routes|login|management)/` },
    },
    {
      name: 'testing-helpers-over-http',
      severity: 'error',
      comment:
        'The testing helpers (testing/) reach the backend over HTTP, as an app’s test suite does, ' +
        'so they import none of it.',
      from: { path: `${backend}testing/` },
      to: { path: backend, pathNot: `${backend}testing/` },
    },
    {
      name: 'config-below-everything',
      severity: 'error',
      comment:
        'The configuration and its schemas are read by every layer and import none of them ' +
        '(only the schemas of phone-settings/).',
      from: { path: `${backend}(config|phone-settings)/` },
      to: { path: backend, pathNot: `${backend}(config|phone-settings)/` },
    },
  ],
  options: {
    // TypeScript 7 has no JavaScript API for dependency-cruiser, so swc parses the sources. It keeps
    // type-only imports, and they count.
    parser: 'swc',
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    moduleSystems: ['es6'],
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'browser', 'node', 'default'],
    },
  },
};
