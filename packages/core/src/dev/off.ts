// The default: production builds and plain `<script type="module">` pages. Every development
// warning sits behind `if (DEV)`, so bundlers drop the warnings and their texts.
export const DEV: boolean = false;
