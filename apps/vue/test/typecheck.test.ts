// The type-check catches mistakes in the templates: vue-tsc (strictTemplates, the generated
// gouv-* types) on a fixture whose wrong lines say which error they must give. Exactly those
// errors: the right lines around them must pass.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = 'test/fixtures/WrongUsage.vue';
const vueTsc = createRequire(import.meta.url).resolve('vue-tsc/bin/vue-tsc.js');

interface Reported {
  line: number;
  code: string;
  message: string;
}

/** `<!-- expect-error TS2561 some text -->`: that error, with that text, on the next line. */
function expectedErrors(source: string): Reported[] {
  return source.split('\n').flatMap((text, index) => {
    const match = /<!-- expect-error (TS\d+) (.+?) -->/.exec(text);
    return match ? [{ line: index + 2, code: match[1]!, message: match[2]! }] : [];
  });
}

async function typeCheck(): Promise<{ errors: Reported[]; output: string }> {
  const run = promisify(execFile)(
    process.execPath,
    [vueTsc, '-p', 'test/fixtures/tsconfig.json', '--noEmit', '--pretty', 'false'],
    { cwd: root },
  );
  // vue-tsc exits with 2 when it reports errors: the output is what matters.
  const output = await run.then(
    ({ stdout }) => stdout,
    (failure: { stdout?: string }) => failure.stdout ?? String(failure),
  );
  const errors = [...output.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/gm)].map((m) => ({
    file: m[1]!,
    line: Number(m[2]),
    code: m[3]!,
    message: m[4]!,
  }));
  expect(new Set(errors.map((e) => e.file)), output).toEqual(new Set([FIXTURE]));
  return { errors, output };
}

it('vue-tsc reports each mistake in a gouv-* template, and only those', async () => {
  const expected = expectedErrors(readFileSync(`${root}/${FIXTURE}`, 'utf8'));
  expect(expected.length).toBeGreaterThanOrEqual(8);
  const { errors, output } = await typeCheck();
  expect(
    errors.map(({ line, code }) => `${line} ${code}`),
    output,
  ).toEqual(expected.map(({ line, code }) => `${line} ${code}`));
  for (const [i, error] of errors.entries()) expect(error.message).toContain(expected[i]!.message);
});
