// Defines every element of the package.
import './input.js';
import './file-upload.js';
import './textarea.js';
import './select.js';
import './date-input.js';
import './date-picker.js';
import './checkbox.js';
import './checkbox-group.js';
import './radio-group.js';
import './toggle.js';
import './range.js';
import './fieldset.js';
import './conditional-reveal.js';
import './combobox.js';
