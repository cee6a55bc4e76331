import { defineElement } from '@gouvkit/core';
import { GouvFileUpload } from './file-upload/gouv-file-upload.js';

export * from './file-upload/gouv-file-upload.js';

defineElement('gouv-file-upload', GouvFileUpload);

declare global {
  interface HTMLElementTagNameMap {
    'gouv-file-upload': GouvFileUpload;
  }
}
