import { captureWarnings, expect } from '@gouvkit/testing';
import { checkAllowedValue, resetWarnings, warnOnce } from './dev-warnings.js';

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

  it('prints a warning once per element and code, with a docs link', () => {
    const messages = warningsOf(() => {
      warnOnce('gouv-button', 'no-name', 'n’a pas de nom accessible.', 'composants-bouton--docs');
      warnOnce('gouv-button', 'no-name', 'n’a pas de nom accessible.', 'composants-bouton--docs');
    });
    expect(messages).to.have.length(1);
    expect(messages[0]).to.contain('<gouv-button>');
    expect(messages[0]).to.contain('?path=/docs/composants-bouton--docs');
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
