// What only the React app shows: the state as JSON, buttons that set the whole state at once (as
// a saved draft coming back would) and one that changes the <option> children React renders.
import { GouvButton } from '@gouvkit/react';
import type { Registration } from './model.js';

interface Props {
  data: Registration;
  hasMoreCountries: boolean;
  onFill(): void;
  onClear(): void;
  onToggleCountries(): void;
}

export function DemoTools({ data, hasMoreCountries, onFill, onClear, onToggleCountries }: Props) {
  return (
    <aside className="demo" aria-labelledby="demo-titre">
      <h2 id="demo-titre">L’état React</h2>
      <p>Chaque champ affiche une clé de cet état et la met à jour : il est contrôlé par React.</p>
      <div className="demo__actions">
        <GouvButton variant="secondary" onClick={onFill}>
          Remplir avec un exemple
        </GouvButton>
        <GouvButton variant="secondary" onClick={onClear}>
          Tout effacer
        </GouvButton>
        <GouvButton variant="tertiary" onClick={onToggleCountries}>
          {hasMoreCountries ? 'Retirer le Luxembourg' : 'Proposer le Luxembourg'}
        </GouvButton>
      </div>
      <pre data-state="">{JSON.stringify(data, null, 2)}</pre>
    </aside>
  );
}
