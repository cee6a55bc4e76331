// Defines every element of the package.
import './input.js';
import './file-upload.js';
import './textarea.js';
import './select.js';
import './date-input.js';
import './date-picker.js';
