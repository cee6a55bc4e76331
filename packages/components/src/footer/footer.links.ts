/** A link of the footer's institutional list. */
export interface FooterLink {
  label: string;
  href: string;
}

/** DSFR 1.15's mandatory institutional links, in its order. They open in a new window. */
export const DEFAULT_FOOTER_LINKS: readonly FooterLink[] = [
  { label: 'info.gouv.fr', href: 'https://info.gouv.fr' },
  { label: 'service-public.gouv.fr', href: 'https://service-public.gouv.fr' },
  { label: 'legifrance.gouv.fr', href: 'https://legifrance.gouv.fr' },
  { label: 'data.gouv.fr', href: 'https://data.gouv.fr' },
];

/** The Etalab open licence 2.0, as linked by DSFR's footer. */
export const LICENCE_HREF = 'https://github.com/etalab/licence-ouverte/blob/master/LO.md';
