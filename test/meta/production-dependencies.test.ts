/**
 * What ships is known: CI cannot reach an audit service, so the production dependency tree is compared with
 * a reviewed allow-list committed next to this test. A package (or a new version of one) that is not on the
 * list fails the test until someone reviews it and adds it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

interface Node {
  version?: string;
  resolved?: string;
  dependencies?: Record<string, Node>;
}

/** Every name@version of the tree, the workspace packages themselves left out. */
export function packagesOf(tree: Node): Set<string> {
  const out = new Set<string>();
  const walk = (node: Node) => {
    for (const [name, dep] of Object.entries(node.dependencies ?? {})) {
      if (dep.version && !dep.resolved?.startsWith('file:')) out.add(`${name}@${dep.version}`);
      walk(dep);
    }
  };
  walk(tree);
  return out;
}

function productionTree(): Node {
  try {
    return JSON.parse(
      execFileSync('npm', ['ls', '--omit=dev', '--all', '--json'], {
        cwd: root,
        encoding: 'utf8',
        stdio: 'pipe',
      }),
    );
  } catch (e) {
    // npm ls exits 1 on an invalid or extraneous package but still prints the tree.
    const stdout = (e as { stdout?: string }).stdout;
    if (!stdout) throw e;
    return JSON.parse(stdout);
  }
}

describe('production dependencies', () => {
  const allowed = new Set<string>(
    JSON.parse(readFileSync(join(import.meta.dirname, 'production-dependencies.json'), 'utf8')).packages,
  );

  it('are all on the reviewed allow-list', () => {
    const installed = packagesOf(productionTree());
    expect(installed.size).toBeGreaterThan(0);
    const unreviewed = [...installed].filter((p) => !allowed.has(p)).sort();
    expect(unreviewed, 'review these and add them to test/meta/production-dependencies.json').toEqual([]);
  }, 60_000);

  it('counts a package pulled in deep in the tree, and a new version of a listed one', () => {
    const tree: Node = {
      dependencies: {
        '@ta-toolkit/core': {
          version: '0.1.0',
          resolved: 'file:../../core',
          dependencies: { zod: { version: '4.6.7', dependencies: { evil: { version: '1.0.0' } } } },
        },
        preact: { version: '99.0.0' },
      },
    };
    const found = [...packagesOf(tree)].filter((p) => !allowed.has(p)).sort();
    expect(found).toEqual(['evil@1.0.0', 'preact@99.0.0']);
  });
});
