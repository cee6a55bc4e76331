// Defines every element of the package.
import './alert.js';
import './button.js';
import './footer.js';
import './header.js';
import './link.js';
import './skip-links.js';
