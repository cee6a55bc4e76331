/** An icon: the `d` attributes of its paths on a 24×24 grid. */
export type IconData = readonly string[];
