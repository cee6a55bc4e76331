// Defines every element of the package.
import './button.js';
