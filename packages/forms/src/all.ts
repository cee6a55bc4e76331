// Defines every element of the package.
import './input.js';
import './file-upload.js';
