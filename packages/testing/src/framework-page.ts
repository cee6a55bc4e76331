/**
 * The page of a test that mounts a framework: a fresh container in the document around each test,
 * and a record of what went wrong (console errors, uncaught errors, warnings), so a test can assert
 * that React or Vue rendered gouv-* elements without complaint.
 */
import { expect } from '@open-wc/testing';

/** The page of a frameworks test: a container in the document, and what went wrong in it. */
export interface FrameworkPage {
  container: HTMLElement;
  /** `console.error` calls and uncaught errors (`window` `error` events) since the test began. */
  readonly errors: string[];
  /** `console.warn` calls since the test began (gouvkit's development warnings, Vue's warnings). */
  readonly warnings: string[];
  readonly cleanups: (() => void)[];
  /** Lets warnings matching `pattern` be logged during this test (they are expected). */
  allowWarnings(pattern: RegExp): void;
  /** Asserts that nothing was logged as an error and that no error was uncaught. */
  expectNoErrors(): void;
  /** Asserts that every warning logged so far was allowed. */
  expectNoWarnings(): void;
}

/** Sets up a fresh `FrameworkPage` around each test of the current `describe`. */
export function useFrameworkPage(): FrameworkPage {
  const errors: string[] = [];
  const warnings: string[] = [];
  const allowed: RegExp[] = [];
  const cleanups: (() => void)[] = [];
  const originalError = console.error;
  const originalWarn = console.warn;
  const onError = (event: ErrorEvent) =>
    void errors.push(`uncaught: ${String(event.error ?? event.message)}`);
  const page: FrameworkPage = {
    container: undefined as unknown as HTMLElement,
    errors,
    warnings,
    cleanups,
    allowWarnings(pattern) {
      allowed.push(pattern);
    },
    expectNoErrors() {
      expect(errors, 'console errors and uncaught errors').to.deep.equal([]);
    },
    expectNoWarnings() {
      expect(
        warnings.filter((warning) => !allowed.some((pattern) => pattern.test(warning))),
        'unexpected warnings',
      ).to.deep.equal([]);
    },
  };
  beforeEach(() => {
    errors.length = 0;
    warnings.length = 0;
    allowed.length = 0;
    console.error = (...args: unknown[]) => {
      errors.push(args.map(String).join(' '));
      originalError.apply(console, args);
    };
    // Kept, not printed: each test says which warnings it expects (`allowWarnings`).
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    window.addEventListener('error', onError);
    page.container = document.createElement('div');
    document.body.append(page.container);
  });
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
    page.container.remove();
    window.removeEventListener('error', onError);
    console.error = originalError;
    console.warn = originalWarn;
  });
  return page;
}
