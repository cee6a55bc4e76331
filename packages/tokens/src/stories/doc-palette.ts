import { LitElement, html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { contrastRatio, minimumRatio } from '../contrast.js';
import { contrastPairs, type ContrastPair } from '../contrast-pairs.js';
import { tokens, type TokenEntry, type TokenName } from '../index.js';
import { formatNumber, kindLabels } from './doc-helpers.js';

/** Decision colours: the themed colour tokens, grouped by what they colour. */
const groups: { prefix: string; caption: string }[] = [
  { prefix: 'color-text-', caption: 'Texte' },
  { prefix: 'color-background-', caption: 'Fond' },
  { prefix: 'color-border-', caption: 'Bordure' },
  { prefix: 'color-artwork-', caption: 'Illustration' },
  { prefix: 'color-focus', caption: 'Focus' },
];
const decisionNames = (Object.keys(tokens) as TokenName[]).filter((name) => {
  const token: TokenEntry = tokens[name];
  return token.type === 'color' && token.dark !== undefined;
});

/** "#161616 / #ffffff": the values tokens.css sets, for comparison with the live one. */
function lightAndDark(name: TokenName): string {
  const token: TokenEntry = tokens[name];
  return `${token.value} / ${token.dark ?? token.value}`;
}

/**
 * Shows decision colours and contrast pairs with the values of the theme in force, read with
 * getComputedStyle. It re-reads them when data-gouv-theme changes anywhere in the page (the
 * Storybook theme toolbar) or when the system colour scheme changes.
 * Rendered in light DOM so the page styles and accessibility checks see plain tables.
 */
export class DocPalette extends LitElement {
  static override properties = { view: { type: String } };

  /** 'colours' for the swatches, 'pairs' for the contrast table. */
  view: 'colours' | 'pairs' = 'colours';

  private observer = new MutationObserver(() => this.requestUpdate());
  private scheme = matchMedia('(prefers-color-scheme: dark)');
  private onSchemeChange = () => this.requestUpdate();

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-gouv-theme'],
      subtree: true,
    });
    this.scheme.addEventListener('change', this.onSchemeChange);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.observer.disconnect();
    this.scheme.removeEventListener('change', this.onSchemeChange);
  }

  /** The value in force here, as the browser computed it. */
  private read(name: TokenName): string {
    return getComputedStyle(this).getPropertyValue(`--gouv-${name}`).trim();
  }

  private themeLabel(): string {
    return getComputedStyle(this).colorScheme === 'dark' ? 'sombre' : 'clair';
  }

  override render() {
    return this.view === 'pairs' ? this.renderPairs() : this.renderColours();
  }

  private renderColours(): TemplateResult {
    return html`
      <p>
        Valeurs du thème <strong>${this.themeLabel()}</strong>, lues en direct dans la page : changez de thème
        dans la barre d'outils pour voir l'autre.
      </p>
      ${groups.map(({ prefix, caption }) => {
        const names = decisionNames.filter((name) => name.startsWith(prefix));
        return html`
          <table>
            <caption>
              ${caption}
            </caption>
            <thead>
              <tr>
                <th scope="col">Jeton</th>
                <th scope="col">Aperçu</th>
                <th scope="col">Valeur</th>
                <th scope="col">Clair / sombre</th>
              </tr>
            </thead>
            <tbody>
              ${names.map(
                (name) => html`
                  <tr>
                    <th scope="row"><code>--gouv-${name}</code></th>
                    <td>
                      <span class="gk-swatch" style=${styleMap({ background: `var(--gouv-${name})` })}></span>
                    </td>
                    <td><code>${this.read(name)}</code></td>
                    <td class="gk-mention"><code>${lightAndDark(name)}</code></td>
                  </tr>
                `,
              )}
            </tbody>
          </table>
        `;
      })}
    `;
  }

  private renderPairs(): TemplateResult {
    return html`
      <p>
        Chaque paire premier plan / arrière-plan utilisée par les composants, dans le thème
        <strong>${this.themeLabel()}</strong>. Seuils WCAG 2.2 niveau AA : 4,5:1 pour le texte, 3:1 pour le
        grand texte et les composants d'interface.
      </p>
      <table>
        <caption>
          Contrastes des paires de couleurs
        </caption>
        <thead>
          <tr>
            <th scope="col">Premier plan</th>
            <th scope="col">Arrière-plan</th>
            <th scope="col">Type</th>
            <th scope="col">Exemple</th>
            <th scope="col">Rapport</th>
            <th scope="col">Résultat</th>
          </tr>
        </thead>
        <tbody>
          ${contrastPairs.map((pair) => this.renderPair(pair))}
        </tbody>
      </table>
    `;
  }

  private renderPair(pair: ContrastPair): TemplateResult {
    const { foreground, background, kind } = pair;
    const minimum = minimumRatio(kind);
    let ratio: number | undefined;
    try {
      ratio = contrastRatio(this.read(foreground), this.read(background));
    } catch {
      ratio = undefined; // a value overridden with a colour syntax the maths does not read
    }
    const passes = ratio !== undefined && ratio >= minimum;
    return html`
      <tr>
        <th scope="row"><code>${foreground}</code></th>
        <td><code>${background}</code></td>
        <td>${kindLabels[kind]}</td>
        <td>${this.renderSample(pair)}</td>
        <td>
          ${ratio === undefined ? 'non calculable' : `${formatNumber(ratio)}:1`}
          <span class="gk-mention">(minimum ${formatNumber(minimum)}:1)</span>
        </td>
        <td>${passes ? '✓ Conforme AA' : '✗ Non conforme'}</td>
      </tr>
    `;
  }

  /** Text pairs show text; UI pairs show a bordered box, which is what the colour draws. */
  private renderSample({ foreground, background, kind }: ContrastPair): TemplateResult {
    const base = {
      display: 'inline-block',
      background: `var(--gouv-${background})`,
      padding: 'var(--gouv-space-1w) var(--gouv-space-2w)',
    };
    if (kind === 'ui') {
      const box = { ...base, border: `var(--gouv-border-width-thick) solid var(--gouv-${foreground})` };
      return html`<span aria-hidden="true" style=${styleMap(box)}>&nbsp;&nbsp;&nbsp;&nbsp;</span>`;
    }
    const large =
      kind === 'large-text'
        ? { fontSize: 'var(--gouv-font-size-h4)', fontWeight: 'var(--gouv-font-weight-bold)' }
        : {};
    return html`<span style=${styleMap({ ...base, ...large, color: `var(--gouv-${foreground})` })}
      >Exemple</span
    >`;
  }
}

/**
 * Registers the element. A function rather than a top-level side effect: the package declares
 * only CSS as side effects, so a bundler may drop a bare `import './doc-palette.js'`.
 */
export function defineDocPalette(): void {
  if (!customElements.get('gouvkit-doc-palette')) customElements.define('gouvkit-doc-palette', DocPalette);
}

declare global {
  interface HTMLElementTagNameMap {
    'gouvkit-doc-palette': DocPalette;
  }
}
