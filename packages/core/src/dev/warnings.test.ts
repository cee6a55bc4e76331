import { captureWarnings, expect } from '@gouvkit/testing';
import { DEV, checkAllowedValue, resetWarnings, setDocsBaseUrl, warnOnce } from './warnings.js';

/** Runs `run` and returns the warnings it printed. */
function warningsOf(run: () => void): string[] {
  const capture = captureWarnings();
  try {
    run();
  } finally {
    capture.restore();
  }
  return capture.messages;
}

describe('development warnings', () => {
  beforeEach(() => resetWarnings());

  afterEach(() => setDocsBaseUrl(''));

  it('is on in the test runner, which resolves the development export condition', () => {
    expect(DEV).to.equal(true);
  });

  it('prints a warning once per element and code, without a link until the docs are located', () => {
    const messages = warningsOf(() => {
      warnOnce('gouv-button', 'no-name', 'n’a pas de nom accessible.', 'composants-bouton--docs');
      warnOnce('gouv-button', 'no-name', 'n’a pas de nom accessible.', 'composants-bouton--docs');
    });
    expect(messages).to.have.length(1);
    expect(messages[0]).to.contain('<gouv-button>');
    expect(messages[0]).not.to.contain('http');
  });

  it('links to the documentation a team publishes', () => {
    setDocsBaseUrl('https://design.example.gouv.fr/');
    const [message] = warningsOf(() =>
      warnOnce('gouv-button', 'no-name', 'n’a pas de nom accessible.', 'composants-bouton--docs'),
    );
    expect(message).to.contain('https://design.example.gouv.fr/?path=/docs/composants-bouton--docs');
  });

  it('falls back to the default on an unknown attribute value and says so', () => {
    const host = document.createElement('gouv-alert');
    let result = '';
    const messages = warningsOf(() => {
      result = checkAllowedValue(host, 'type', 'danger', ['info', 'error'] as const, 'info');
    });
    expect(result).to.equal('info');
    expect(messages[0]).to.contain('type="danger"');
    expect(checkAllowedValue(host, 'type', 'error', ['info', 'error'] as const, 'info')).to.equal('error');
  });
});
