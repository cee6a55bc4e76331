import { defineElement } from '@gouvkit/core';
import { GouvFranceConnectButton } from './franceconnect-button/gouv-franceconnect-button.js';

export * from './franceconnect-button/gouv-franceconnect-button.js';

defineElement('gouv-franceconnect-button', GouvFranceConnectButton);

declare global {
  interface HTMLElementTagNameMap {
    'gouv-franceconnect-button': GouvFranceConnectButton;
  }
}
