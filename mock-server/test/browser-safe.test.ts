import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const sourceRoot = fileURLToPath(new URL('../src/', import.meta.url));

/** Every module a file pulls in at run time (type-only imports excluded), followed recursively. */
function runtimeImports(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const text = readFileSync(file, 'utf8');
    const specifiers = [
      ...text.matchAll(/^(?:import|export)\s+(?!type\s)[^'"]*?from\s+'([^']+)'/gm),
      ...text.matchAll(/\bimport\('([^']+)'\)/g),
    ].map((match) => match[1]!);
    seen.set(file, specifiers);
    for (const specifier of specifiers)
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
  };
  visit(resolve(sourceRoot, entry));
  return seen;
}

describe('browser safety', () => {
  for (const entry of ['index.ts', 'adapters/msw.ts'])
    it(`${entry} reaches no node: module (the custom provider loader is injected)`, () => {
      const graph = runtimeImports(entry);
      assert.ok(
        entry !== 'index.ts' ||
          [...graph.keys()].some((file) => file.endsWith('providers/select.ts')),
        'the walk reaches the provider dispatch',
      );
      const offenders = [...graph].flatMap(([file, specifiers]) =>
        specifiers
          .filter((specifier) => specifier.startsWith('node:'))
          .map((specifier) => `${file.slice(sourceRoot.length)} → ${specifier}`),
      );
      assert.deepEqual(offenders, []);
    });
});
