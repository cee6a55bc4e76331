// Defines every element of the package.
import './input.js';
import './file-upload.js';
import './textarea.js';
import './select.js';
