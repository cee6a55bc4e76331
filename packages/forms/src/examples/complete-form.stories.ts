import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { completeForm } from './complete-form.js';

const meta: Meta = {
  title: 'Formulaires/Exemples/Formulaire complet',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `Un formulaire de demande réaliste, fait uniquement de composants gouvkit : identité,
adresse avec la liste des communes, SIRET, numéro de sécurité sociale, IBAN, date de naissance et
justificatif. Envoyé vide, il affiche le récapitulatif des erreurs, qui prend le focus et mène à
chaque champ ; rempli, il montre les données que le navigateur envoie (FormData).

## Accessibilité

| Touche | Action |
| --- | --- |
| Tab / Maj+Tab | Passe d’un champ à l’autre, dans l’ordre de lecture |
| Entrée sur « Envoyer la demande » | Envoie ; en cas d’erreur, le focus va au récapitulatif |
| Entrée sur un lien du récapitulatif | Amène au champ concerné, son libellé visible |
| Flèches, Entrée, Échap dans « Commune » | Parcourent, choisissent, ferment la liste |

Un test le remplit et l’envoie au clavier seul (\`complete-form.test.ts\`).

**Critères RGAA** : 11.1, 11.2 (étiquettes), 11.5, 11.6 (regroupements et légendes), 11.10 (contrôle de
saisie, messages d’erreur), 11.11 (suggestions de correction), 11.13 (autocomplete), 12.8 (ordre de
tabulation), 7.1, 7.3.`,
      },
    },
  },
};
export default meta;

export const FormulaireComplet: StoryObj = {
  name: 'Formulaire complet',
  render: () => completeForm(),
};
