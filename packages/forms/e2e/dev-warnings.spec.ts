// Development warnings are for developers: a production build drops them, code and texts;
// the `development` export condition (dev servers, the test runner) keeps them.
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Bundles `@gouvkit/forms/input.js` as an application would, and returns the code. Vite picks
 * `development` or `production` from NODE_ENV (which vitest sets to `test`): the conditions are
 * given explicitly, as an application's production or development build resolves them.
 */
async function bundle(conditions: string[]): Promise<string> {
  const out = (await build({
    configFile: false,
    root,
    logLevel: 'error',
    mode: conditions.includes('production') ? 'production' : 'development',
    resolve: { conditions },
    build: {
      write: false,
      minify: true,
      lib: { entry: fileURLToPath(new URL('./fixtures/input-entry.js', import.meta.url)), formats: ['es'] },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const [first] = Array.isArray(out) ? out : [out];
  return first!.output.map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n');
}

describe('development warnings', () => {
  it('are dropped from a production build, code and texts', async () => {
    const code = await bundle(['production', 'browser', 'module', 'import', 'default']);
    expect(code).toContain('gouv-input');
    expect(code).not.toContain('[gouvkit]');
    expect(code).not.toContain('libellé (label)');
  });

  it('are kept under the development condition', async () => {
    const code = await bundle(['development', 'browser', 'module', 'import', 'default']);
    expect(code).toContain('[gouvkit]');
    expect(code).toContain('libellé (label)');
  });
});
