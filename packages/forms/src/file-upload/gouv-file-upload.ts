import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import { DEV, announce, I18nController, icon, uniqueId, warnOnce, type Message } from '@gouvkit/core';
import { deleteBinLine, errorWarningFill } from '@gouvkit/icons';
import { GouvFieldElement, type FieldStrings } from '../shared/field-element.js';
import {
  acceptLabels,
  checkFiles,
  formatSize,
  mergeFiles,
  parseAccept,
  parseSize,
  type AcceptRule,
  type FileIssue,
} from './file-checks.js';
import { fileUploadStrings, type FileUploadStringKey } from './file-upload.strings.js';
import { fileUploadStyles } from './file-upload.styles.js';
import type { ValidityFlag } from '../shared/validity-messages.js';

const WILDCARD_KEYS: Readonly<Record<string, FileUploadStringKey>> = {
  image: 'wildcardImage',
  audio: 'wildcardAudio',
  video: 'wildcardVideo',
  text: 'wildcardText',
};

/**
 * A file field, in the style of DSFR's « Ajout de fichier » with GOV.UK's drop zone: a native
 * `<input type="file">` with its label, hint and error in the light DOM, so the chosen files
 * are submitted with the form (FormData), cleared by a reset and disabled by a `<fieldset
 * disabled>` as with plain HTML.
 *
 * - The hint states the constraints by default (« Taille maximale : 5 Mo. Formats acceptés :
 *   pdf, jpg, png. Plusieurs fichiers possibles. »); `hint` replaces it.
 * - Each file is checked as soon as it is chosen: format (`accept`), size (`max-size`), empty
 *   file, number of files (`max-files`). The message names the file; the form won't submit
 *   while a file is refused.
 * - The chosen files are listed, each with a « Supprimer » button; removing one keeps the
 *   others in the native input, so the form sends exactly the files listed.
 * - The field is also a drop zone; the native « Parcourir » button stays the way to choose
 *   files with the keyboard. With `multiple`, a new choice or a drop adds to the list.
 *
 * @tag gouv-file-upload
 * @summary Ajout de fichier : un ou plusieurs fichiers, vérifiés au choix, listés et déposables.
 *
 * @fires {Event} change - From the native input, when files are chosen, dropped or removed.
 * @fires {Event} input - From the native input, with each `change`.
 *
 * @cssprop --gouv-color-border-default - The dashed border of the drop zone and the list separators.
 * @cssprop --gouv-color-border-action-high - The drop zone while files are dragged over it, and the « Parcourir » button.
 * @cssprop --gouv-color-background-action-low - The drop zone while files are dragged over it.
 * @cssprop --gouv-color-text-action-high - The « Parcourir » and « Supprimer » buttons.
 * @cssprop --gouv-color-text-error - Error messages and refused files.
 */
export class GouvFileUpload extends GouvFieldElement {
  static override lightStyles = [...GouvFieldElement.lightStyles, fileUploadStyles];

  /** The accepted formats, as in HTML: extensions (`.pdf`), MIME types (`application/pdf`), wildcards (`image/*`). */
  @property() accept = '';

  /** Several files can be chosen; a new choice or a drop then adds to the list. */
  @property({ type: Boolean, reflect: true }) multiple = false;

  /** The largest size per file: bytes (`5000000`) or with a unit (`5Mo`, `500 ko`, `2 Go`, `5 MB`; `Mio` for 1024²). */
  @property({ attribute: 'max-size' }) maxSize?: string | number;

  /** The most files (with `multiple`). */
  @property({ attribute: 'max-files', type: Number }) maxFiles?: number;

  /** Per-instance strings: constraint messages, and those of the file field (`typeError`, `remove`…). */
  @property({ attribute: false }) override strings: FieldStrings &
    Partial<Record<FileUploadStringKey, Message>> = {};

  /** True while files are dragged over the drop zone. */
  @state() private dragging = false;
  /** A refused drop (several files on a single-file field), shown until the next choice. */
  @state() private notice = '';

  readonly #t = new I18nController<FileUploadStringKey>(this, fileUploadStrings);
  /** The files listed, always the same as the native input's. */
  #files: File[] = [];
  readonly #fileIds = new WeakMap<File, string>();
  #dragDepth = 0;
  /** Set while the element itself dispatches `change` (a removal, a drop). */
  #ownChange = false;

  /** The native file input. */
  get input(): HTMLInputElement | null {
    return this.query(`#${this.ids.control}`);
  }

  /** The chosen files, in the order listed (a copy). */
  get files(): File[] {
    return [...this.#files];
  }

  protected get controls() {
    const input = this.input;
    return input ? [input] : [];
  }

  /** The names of the files, one per line: what `validators` receive and what `error` is about. */
  protected get fieldValue() {
    return this.#files.map((file) => file.name).join('\n');
  }

  // ── constraints ─────────────────────────────────────────────────────────────────────────

  get #rules(): AcceptRule[] {
    return parseAccept(this.accept).rules;
  }

  get #maxBytes(): number | null {
    return this.maxSize === undefined || this.maxSize === '' ? null : parseSize(this.maxSize);
  }

  /** The most files: `max-files` with `multiple`, one without (a script may set several). */
  get #maxFiles(): number | null {
    if (!this.multiple) return 1;
    return this.maxFiles != null && this.maxFiles > 0 ? this.maxFiles : null;
  }

  get #lang() {
    return this.i18n.lang;
  }

  #size(bytes: number, fractionDigits?: number) {
    return formatSize(bytes, this.#lang, fractionDigits);
  }

  get #formats(): string {
    return acceptLabels(this.#rules, (type) => {
      const key = WILDCARD_KEYS[type];
      return key ? this.#t.t(key) : `${type}/*`;
    }).join(', ');
  }

  /** The constraints in words, when no `hint` is given. */
  #defaultHint(): string {
    const parts: string[] = [];
    const max = this.#maxBytes;
    if (max != null)
      parts.push(this.#t.t(this.multiple ? 'hintSizeEach' : 'hintSize', { size: this.#size(max) }));
    const formats = this.#formats;
    if (formats) parts.push(this.#t.t('hintFormats', { formats }));
    if (this.multiple) {
      const maxFiles = this.#maxFiles;
      parts.push(
        maxFiles != null ? this.#t.t('hintMaxFiles', { count: maxFiles }) : this.#t.t('hintMultiple'),
      );
    }
    return parts.join(' ');
  }

  get #hintText(): string {
    return this.hint || this.#defaultHint();
  }

  protected override get describedBy(): string | typeof nothing {
    const ids = [this.#hintText ? this.ids.hint : '', this.showError ? this.ids.error : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }

  // ── checks ──────────────────────────────────────────────────────────────────────────────

  #report() {
    return checkFiles(this.#files, { rules: this.#rules, maxSize: this.#maxBytes, maxFiles: this.#maxFiles });
  }

  /** The full sentence for a refused file: it names the file and says what is expected. */
  #issueMessage(file: File, issue: FileIssue): string {
    const name = file.name;
    if (issue === 'type') return this.#t.t('typeError', { name, formats: this.#formats });
    if (issue === 'empty') return this.#t.t('emptyError', { name });
    return this.#t.t('sizeError', { name, size: this.#size(this.#maxBytes ?? 0) });
  }

  /** The short reason shown next to the file in the list. */
  #issueShort(issue: FileIssue): string {
    if (issue === 'type') return this.#t.t('typeShort');
    if (issue === 'empty') return this.#t.t('emptyShort');
    return this.#t.t('sizeShort', { size: this.#size(this.#maxBytes ?? 0) });
  }

  /** Every problem with the chosen files, in one message (the number first, then file by file). */
  #filesMessage(): string {
    const { issues, extra } = this.#report();
    const sentences: string[] = [];
    if (extra > 0)
      sentences.push(
        this.#t.t('tooManyError', { count: this.#files.length, max: this.#maxFiles ?? 0, extra }),
      );
    issues.forEach((issue, index) => {
      if (issue) sentences.push(this.#issueMessage(this.#files[index]!, issue));
    });
    return sentences.join('. ');
  }

  /** The file checks: they show as soon as files are chosen (choosing is leaving the field). */
  protected override elementCheck(): string {
    return this.#filesMessage();
  }

  protected override constraintMessage(flag: ValidityFlag): string | undefined {
    return flag === 'valueMissing' ? this.#t.t('requiredError') : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('accept')) {
      const { invalid } = parseAccept(this.accept);
      if (DEV && invalid.length)
        warnOnce(
          this.localName,
          `bad-accept-${invalid.join(',')}`,
          `accept="${this.accept}" : ${invalid.join(', ')} n’est pas une extension (.pdf) ni un type (application/pdf, image/*) et ne filtre rien.`,
        );
    }
    if (
      DEV &&
      changed.has('maxSize') &&
      this.maxSize !== undefined &&
      this.maxSize !== '' &&
      this.#maxBytes === null
    )
      warnOnce(
        this.localName,
        `bad-max-size-${this.maxSize}`,
        `max-size="${this.maxSize}" n’est pas une taille lisible (5000000, 5Mo, 500 ko, 2 Go) : aucune limite n’est appliquée.`,
      );
    super.willUpdate(changed);
  }

  protected override afterReset() {
    // The native input is empty again after a reset.
    this.#files = [...(this.input?.files ?? [])];
    this.notice = '';
    this.dragging = false;
    this.#dragDepth = 0;
  }

  // ── changing the files ──────────────────────────────────────────────────────────────────

  /** Puts `files` in the native input (a DataTransfer builds the FileList) and tells listeners. */
  #setFiles(files: File[]) {
    const input = this.input;
    if (!input) return;
    const transfer = new DataTransfer();
    for (const file of files) transfer.items.add(file);
    input.files = transfer.files;
    this.#files = [...files];
    this.#ownChange = true;
    try {
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    } finally {
      this.#ownChange = false;
    }
    this.requestUpdate();
  }

  #announceList(files: File[]) {
    if (!files.length) return;
    const names = files.map((file) => file.name).join(', ');
    void announce(this.#t.t('chosen', { count: files.length, names }), { lang: this.#lang });
  }

  /** A choice in the native picker (or files set by script): with `multiple`, added to the list. */
  #onChange = () => {
    if (this.#ownChange) return;
    const input = this.input;
    if (!input) return;
    const chosen = [...(input.files ?? [])];
    const files = this.multiple && chosen.length ? mergeFiles(this.#files, chosen) : chosen;
    if (files.length !== chosen.length) {
      // Keep the earlier files in the native input too.
      const transfer = new DataTransfer();
      for (const file of files) transfer.items.add(file);
      input.files = transfer.files;
    }
    this.#files = files;
    this.notice = '';
    this.#announceList(files);
    this.requestUpdate();
  };

  async #remove(index: number) {
    const file = this.#files[index];
    if (!file) return;
    const rest = this.#files.filter((_, i) => i !== index);
    this.#setFiles(rest);
    this.notice = '';
    await this.updateComplete;
    // Focus stays in the list: the next file's button, else the previous one, else the input.
    const buttons = [...this.querySelectorAll<HTMLButtonElement>('.gouv-upload__remove')];
    const target = buttons[index] ?? buttons[index - 1] ?? this.input;
    target?.focus();
    const remaining = rest.length ? this.#t.t('remaining', { count: rest.length }) : this.#t.t('noFile');
    void announce(`${this.#t.t('removed', { name: file.name })} ${remaining}`, { lang: this.#lang });
  }

  // ── drag and drop ───────────────────────────────────────────────────────────────────────

  #carriesFiles(event: DragEvent): boolean {
    return [...(event.dataTransfer?.types ?? [])].includes('Files');
  }

  #onDragEnter = (event: DragEvent) => {
    if (!this.#carriesFiles(event)) return;
    event.preventDefault();
    if (this.isDisabled) return;
    this.#dragDepth += 1;
    if (!this.dragging) {
      this.dragging = true;
      void announce(this.#t.t('enteredDropZone'), { lang: this.#lang });
    }
  };

  #onDragOver = (event: DragEvent) => {
    if (!this.#carriesFiles(event)) return;
    // Cancelling dragover allows the drop; on a disabled field, the drop effect says no.
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = this.isDisabled ? 'none' : 'copy';
  };

  #onDragLeave = () => {
    if (!this.dragging) return;
    // dragleave also fires when moving from the zone onto the input inside it.
    this.#dragDepth = Math.max(0, this.#dragDepth - 1);
    if (this.#dragDepth === 0) {
      this.dragging = false;
      void announce(this.#t.t('leftDropZone'), { lang: this.#lang });
    }
  };

  #onDrop = (event: DragEvent) => {
    if (!this.#carriesFiles(event)) return;
    // Ours, not the browser's (which would open the file, or replace the input's files).
    event.preventDefault();
    this.#dragDepth = 0;
    this.dragging = false;
    if (this.isDisabled) return;
    const dropped = [...(event.dataTransfer?.files ?? [])];
    if (!dropped.length) return;
    if (!this.multiple && dropped.length > 1) {
      this.notice = this.#t.t('dropOneOnly');
      void announce(this.notice, { lang: this.#lang });
      return;
    }
    this.notice = '';
    const files = this.multiple ? mergeFiles(this.#files, dropped) : dropped;
    this.#setFiles(files);
    this.#announceList(files);
  };

  // ── rendering ───────────────────────────────────────────────────────────────────────────

  protected override renderHint() {
    const text = this.#hintText;
    return text ? html`<p class="gouv-hint" id=${this.ids.hint}>${text}</p>` : nothing;
  }

  #fileId(file: File): string {
    let id = this.#fileIds.get(file);
    if (!id) this.#fileIds.set(file, (id = uniqueId('gouv-file')));
    return id;
  }

  #renderFile(file: File, issue: FileIssue | null, index: number) {
    const id = this.#fileId(file);
    const maxBytes = this.#maxBytes;
    // A file just over the limit would read « 5 Mo » like the limit: show it more precisely.
    const size =
      issue === 'size' && maxBytes != null && this.#size(file.size) === this.#size(maxBytes)
        ? this.#size(file.size, 4)
        : this.#size(file.size);
    return html`<li class=${classMap({ 'gouv-upload__file': true, 'gouv-upload__file--error': !!issue })}>
      <span class="gouv-upload__file-name">${file.name}</span>
      <span class="gouv-upload__file-size">${size}</span>
      <button
        type="button"
        class="gouv-upload__remove"
        aria-describedby=${issue ? `${id}-error` : nothing}
        ?disabled=${this.isDisabled}
        @click=${() => void this.#remove(index)}
      >
        ${icon(deleteBinLine)}<span
          >${this.#t.t('remove')}<span class="gouv-visually-hidden"> ${file.name}</span></span
        >
      </button>
      ${
        issue
          ? html`<p class="gouv-upload__file-error" id=${`${id}-error`}>
              ${icon(errorWarningFill)}<span
                ><span class="gouv-visually-hidden">${this.i18n.t('errorPrefix')} </span
                >${this.#issueShort(issue)}</span
              >
            </p>`
          : nothing
      }
    </li>`;
  }

  override render() {
    const { issues } = this.#report();
    const instruction = this.dragging
      ? this.#t.t(this.multiple ? 'dropActiveMultiple' : 'dropActive')
      : this.#t.t(this.multiple ? 'dropInstructionMultiple' : 'dropInstruction');
    const indexed = this.#files.map((file, index) => ({ file, index, issue: issues[index] ?? null }));
    return html`<div class=${`${this.fieldClass} gouv-upload`}>
      ${this.renderLabel({ sayRequired: true })} ${this.renderHint()}
      <div
        class=${classMap({ 'gouv-upload__zone': true, 'gouv-upload__zone--dragging': this.dragging })}
        @dragenter=${this.#onDragEnter}
        @dragover=${this.#onDragOver}
        @dragleave=${this.#onDragLeave}
        @drop=${this.#onDrop}
      >
        <input
          class="gouv-upload__input"
          type="file"
          id=${this.ids.control}
          name=${this.name || nothing}
          accept=${this.accept || nothing}
          ?multiple=${this.multiple}
          ?required=${this.required}
          ?disabled=${this.isDisabled}
          aria-describedby=${this.describedBy}
          aria-invalid=${this.controlAriaInvalid}
          @change=${this.#onChange}
        />
        <span class="gouv-upload__instruction">${instruction}</span>
      </div>
      ${this.notice ? html`<p class="gouv-upload__notice">${this.notice}</p>` : nothing} ${this.renderError()}
      ${
        indexed.length
          ? html`<ul class="gouv-upload__list" aria-label=${this.#t.t('listLabel')}>
              ${repeat(
                indexed,
                ({ file }) => file,
                ({ file, index, issue }) => this.#renderFile(file, issue, index),
              )}
            </ul>`
          : nothing
      }
    </div>`;
  }
}
