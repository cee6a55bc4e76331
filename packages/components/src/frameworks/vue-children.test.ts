// Vue 3 owns the children it renders inside gouvkit's components: it adds, removes and reorders
// them (keyed) and the elements follow, never moving a node of Vue's. (React 19 is tested in each
// element's own file.)
import { expect, mountVue } from '@gouvkit/testing';
import '../all.js';

interface Link {
  href: string;
  label: string;
}

/** Catches what a framework or an element would report while the test runs. */
function watchErrors() {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  const onError = (event: ErrorEvent) => errors.push(event.message);
  window.addEventListener('error', onError);
  return {
    errors,
    restore: () => {
      console.error = original;
      window.removeEventListener('error', onError);
    },
  };
}

const container = () => document.body.appendChild(document.createElement('div'));
const microtask = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('Vue 3 and the components’ children', () => {
  it('gouv-skip-links follows links Vue adds, removes and reorders, leaving them where Vue put them', async () => {
    const host = container();
    const watched = watchErrors();
    const links: Link[] = [
      { href: '#contenu', label: 'Contenu' },
      { href: '#menu', label: 'Menu' },
      { href: '#pied', label: 'Pied de page' },
    ];
    const mount = await mountVue<{ links: Link[] }>(host, {
      template: `<div><gouv-skip-links><a v-for="link in links" :key="link.href" :href="link.href">{{ link.label }}</a></gouv-skip-links>
        <main id="contenu"></main><nav id="menu" aria-label="Menu"></nav><footer id="pied"></footer></div>`,
      data: () => ({ links: links.slice(0, 2) }),
    });
    try {
      const el = host.querySelector('gouv-skip-links')! as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      const shown = () => [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent?.trim());
      const children = () => [...el.querySelectorAll(':scope > a')].map((a) => a.textContent?.trim());
      const menu = el.querySelector('a[href="#menu"]');
      for (const next of [[links[1]!, links[0]!], links, [links[2]!, links[1]!], [links[0]!]]) {
        mount.vm.links = next;
        await mount.nextTick();
        await microtask();
        await el.updateComplete;
        expect(children()).to.deep.equal(next.map((link) => link.label));
        expect(shown()).to.deep.equal(next.map((link) => link.label));
        // Keyed: Vue's own node, moved by Vue, as long as the link stays.
        if (next.includes(links[1]!)) expect(el.querySelector('a[href="#menu"]')).to.equal(menu);
      }
      expect(watched.errors).to.deep.equal([]);
    } finally {
      watched.restore();
      mount.unmount();
      host.remove();
    }
  });

  it('gouv-button keeps submitting when Vue changes its text, and gouv-alert takes children Vue toggles', async () => {
    const host = container();
    const watched = watchErrors();
    const submitted: string[] = [];
    const mount = await mountVue<{ label: string; details: boolean }>(host, {
      template: `<form @submit.prevent="onSubmit">
        <input name="nom" value="Dupont" aria-label="Nom">
        <gouv-button type="submit" name="action" value="envoyer">{{ label }}</gouv-button>
        <gouv-alert type="info" heading="Information"><p v-if="details">Détails</p><p>Toujours</p></gouv-alert>
      </form>`,
      data: () => ({ label: 'Envoyer', details: true }),
      methods: {
        onSubmit(event: SubmitEvent) {
          submitted.push(
            String(new FormData(event.target as HTMLFormElement, event.submitter).get('action')),
          );
        },
      },
    });
    try {
      const button = host.querySelector('gouv-button')! as HTMLElement & { updateComplete: Promise<unknown> };
      const alert = host.querySelector('gouv-alert')! as HTMLElement & { updateComplete: Promise<unknown> };
      await button.updateComplete;
      await alert.updateComplete;
      for (const [label, details] of [
        ['Envoyer la demande', false],
        ['Valider', true],
      ] as const) {
        mount.vm.label = label;
        mount.vm.details = details;
        await mount.nextTick();
        await microtask();
        await button.updateComplete;
        expect(button.textContent?.trim()).to.equal(label);
        expect([...alert.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(
          details ? ['Détails', 'Toujours'] : ['Toujours'],
        );
        button.shadowRoot!.querySelector('button')!.click();
        expect(submitted.at(-1)).to.equal('envoyer');
      }
      expect(submitted).to.have.length(2);
      expect(watched.errors).to.deep.equal([]);
    } finally {
      watched.restore();
      mount.unmount();
      host.remove();
    }
  });

  it('gouv-header and gouv-footer take slotted content Vue adds and removes', async () => {
    const host = container();
    const watched = watchErrors();
    const mount = await mountVue<{ tools: string[]; extra: boolean }>(host, {
      template: `<div>
        <gouv-header service-name="Démarche" operator="Ministère">
          <a v-for="tool in tools" :key="tool" slot="tools" :href="'#' + tool">{{ tool }}</a>
        </gouv-header>
        <gouv-footer><p v-if="extra" slot="description">Un service public</p></gouv-footer>
      </div>`,
      data: () => ({ tools: ['Aide'], extra: false }),
    });
    try {
      const header = host.querySelector('gouv-header')! as HTMLElement & { updateComplete: Promise<unknown> };
      const footer = host.querySelector('gouv-footer')! as HTMLElement & { updateComplete: Promise<unknown> };
      for (const [tools, extra] of [
        [['Aide', 'Contact'], true],
        [['Contact'], false],
        [[], true],
      ] as const) {
        mount.vm.tools = [...tools];
        mount.vm.extra = extra;
        await mount.nextTick();
        await microtask();
        await header.updateComplete;
        await footer.updateComplete;
        expect([...header.querySelectorAll(':scope > a')].map((a) => a.textContent)).to.deep.equal(tools);
        expect(footer.querySelector(':scope > p') !== null).to.equal(extra);
      }
      expect(watched.errors).to.deep.equal([]);
    } finally {
      watched.restore();
      mount.unmount();
      host.remove();
    }
  });
});
