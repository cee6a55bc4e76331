// Checks every publishable package as a team would receive it: packs it (`pnpm pack`, so
// `workspace:` ranges become versions), then, on the tarball's files:
// - a README, `repository` / `homepage` / `keywords`, no wildcard `exports`, every export target
//   shipped, no example or test code, source maps that carry their sources;
// - every bare import of the shipped JavaScript declared in `dependencies` or
//   `peerDependencies`, and every declared dependency imported by something shipped;
// - publint, then @arethetypeswrong/cli (ESM-only profile: the packages ship no CommonJS).
// Run after `pnpm build`. Prints one line per package and exits 1 on any problem.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import ts from 'typescript';
import { formatMessage } from 'publint/utils';

const root = fileURLToPath(new URL('..', import.meta.url));
const workspaces = ['packages', 'apps'].flatMap((dir) =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir))
        .map((name) => join(root, dir, name))
        .filter((path) => existsSync(join(path, 'package.json')))
    : [],
);
const publishable = workspaces.filter(
  (dir) => !JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).private,
);
const only = process.argv.slice(2);

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((file) => join(dir, String(file)))
    .filter((file) => statSync(file).isFile());
}

/** Export targets of an `exports` map, with their subpaths. */
function exportTargets(exports, subpath = '.') {
  if (typeof exports === 'string') return [[subpath, exports]];
  return Object.entries(exports ?? {}).flatMap(([key, value]) =>
    exportTargets(value, key.startsWith('.') ? key : subpath),
  );
}

/** The package a bare specifier names: `lit/decorators.js` → `lit`, `@lit/react` → `@lit/react`. */
function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The bare specifiers a file imports (TypeScript's own scanner: comments and strings are not imports). */
function bareImports(text) {
  const { importedFiles, referencedFiles, typeReferenceDirectives } = ts.preProcessFile(text, true, true);
  return [...importedFiles, ...typeReferenceDirectives, ...referencedFiles]
    .map((ref) => ref.fileName)
    .filter((name) => !/^[./#]/.test(name) && !name.startsWith('node:'));
}

async function check(dir) {
  const problems = [];
  const out = mkdtempSync(join(tmpdir(), 'gouvkit-pack-'));
  try {
    try {
      execFileSync('pnpm', ['pack', '--pack-destination', out], {
        cwd: dir,
        stdio: 'pipe',
        encoding: 'utf8',
      });
    } catch (error) {
      const name = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name;
      return {
        name,
        files: 0,
        problems: [`pnpm pack failed: ${(error.stderr || error.stdout || error.message).trim()}`],
      };
    }
    const tarball = readdirSync(out).find((file) => file.endsWith('.tgz'));
    execFileSync('tar', ['-xzf', tarball], { cwd: out });
    const pkgDir = join(out, 'package');
    const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    const files = filesUnder(pkgDir).map((file) => relative(pkgDir, file));

    if (!files.includes('README.md')) problems.push('no README.md');
    for (const field of ['repository', 'homepage', 'keywords', 'license', 'description']) {
      if (!pkg[field] || (Array.isArray(pkg[field]) && !pkg[field].length)) problems.push(`no "${field}"`);
    }
    for (const [subpath, target] of exportTargets(pkg.exports)) {
      if (subpath.includes('*') || target.includes('*')) problems.push(`wildcard export ${subpath}`);
      else if (!files.includes(target.replace(/^\.\//, '')))
        problems.push(`export ${subpath} → ${target} is not shipped`);
    }
    if (pkg.customElements) {
      const manifest = JSON.parse(readFileSync(join(pkgDir, pkg.customElements), 'utf8'));
      for (const module of manifest.modules ?? []) {
        if (!files.includes(module.path))
          problems.push(`${pkg.customElements}: module ${module.path} is not shipped`);
      }
    }
    for (const file of files) {
      if (/(^|\/)(examples?|test-utils)\//.test(file) || /\.(test|spec|stories)\.[jt]s$/.test(file)) {
        problems.push(`ships ${file}`);
      }
      if (file.endsWith('.map')) {
        const map = JSON.parse(readFileSync(join(pkgDir, file), 'utf8'));
        if (
          !map.sourcesContent ||
          map.sourcesContent.length !== map.sources.length ||
          map.sourcesContent.some((s) => s == null)
        ) {
          problems.push(`${file}: no sourcesContent (its sources are not shipped)`);
        }
      }
    }

    const declared = new Set([
      ...Object.keys(pkg.dependencies ?? {}),
      ...Object.keys(pkg.peerDependencies ?? {}),
    ]);
    const imported = new Set();
    for (const file of files.filter((f) => /\.(m?js|d\.ts)$/.test(f))) {
      const text = readFileSync(join(pkgDir, file), 'utf8');
      for (const specifier of bareImports(text)) {
        const name = packageOf(specifier);
        imported.add(name);
        // Types-only files (`react.d.ts`) may take their types from DefinitelyTyped's package.
        const typesPackage = `@types/${name.replace(/^@/, '').replace('/', '__')}`;
        if (
          name !== pkg.name &&
          !declared.has(name) &&
          !(file.endsWith('.d.ts') && declared.has(typesPackage))
        ) {
          problems.push(`${file} imports ${name}, not a dependency`);
        }
      }
    }
    for (const name of Object.keys(pkg.dependencies ?? {})) {
      if (!imported.has(name)) problems.push(`depends on ${name} but ships nothing that imports it`);
    }

    const { messages } = await publint({ pkgDir, pack: false, level: 'suggestion', strict: true });
    for (const message of messages) problems.push(`publint: ${formatMessage(message, pkg) ?? message.code}`);

    // attw checks what TypeScript resolves: stylesheets and data files have no types to check.
    const untyped = exportTargets(pkg.exports)
      .filter(([, target]) => /\.(css|json)$/.test(target))
      .map(([subpath]) => subpath);
    for (const problem of arethetypeswrong(join(out, tarball), untyped)) problems.push(`attw: ${problem}`);
    return { name: pkg.name, files: files.length, problems };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * attw's problems for an ESM-only package (`--profile esm-only`: node10 and CommonJS consumers
 * are out of scope). The JSON output is filtered here rather than by the CLI, whose profile
 * misses the problems it files under `resolutionOption` (an internal `#dev` import that only
 * node10 cannot follow), so a package would fail on a resolver it does not support.
 */
function arethetypeswrong(tarball, untyped) {
  const IGNORED = new Set(['node10', 'node16-cjs']);
  let output;
  try {
    output = execFileSync(
      join(root, 'node_modules/.bin/attw'),
      [
        tarball,
        '--profile',
        'esm-only',
        '--format',
        'json',
        ...(untyped.length ? ['--exclude-entrypoints', ...untyped] : []),
      ],
      { stdio: 'pipe', encoding: 'utf8' },
    );
  } catch (error) {
    // attw exits 1 when it found problems, and still prints its JSON.
    output = error.stdout;
    if (!output) return [(error.stderr || error.message).trim()];
  }
  const { analysis } = JSON.parse(output);
  return (analysis.problems ?? [])
    .filter((p) => !IGNORED.has(p.resolutionKind) && !IGNORED.has(p.resolutionOption))
    .map(
      (p) =>
        `${p.kind}${p.entrypoint ? ` in ${p.entrypoint}` : ''}${p.fileName ? ` (${p.fileName})` : ''}${p.moduleSpecifier ? `: ${p.moduleSpecifier}` : ''}`,
    );
}

let failed = 0;
for (const dir of publishable) {
  const name = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name;
  if (only.length && !only.includes(name)) continue;
  const result = await check(dir);
  if (result.problems.length) {
    failed++;
    console.log(`✗ ${result.name} (${result.files} files)`);
    for (const problem of [...new Set(result.problems)]) console.log(`    ${problem}`);
  } else {
    console.log(
      `✓ ${result.name} (${result.files} files): README, metadata, exports, maps, dependencies, publint, attw`,
    );
  }
}
if (failed) {
  console.log(`${failed} package(s) with problems`);
  process.exit(1);
}
