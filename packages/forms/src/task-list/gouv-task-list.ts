import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml, literal } from 'lit/static-html.js';
import { DEV, GouvElement, I18nController, warnOnce, type Message } from '@gouvkit/core';
import { taskListStrings, type TaskListStringKey } from './task-list.strings.js';
import { taskListStyles } from './task-list.styles.js';

export const TASK_STATUSES = ['done', 'in-progress', 'todo', 'locked'] as const;
/** `done` (Terminé), `in-progress` (En cours), `todo` (À faire), `locked` (Impossible pour le moment). */
export type TaskStatus = (typeof TASK_STATUSES)[number];

export interface Task {
  /** What the task is about (« Vos coordonnées »). */
  title: string;
  /** The task's first page. A `locked` task has no link, whatever `href` says. */
  href?: string;
  status: TaskStatus;
  /** A short help under the title, read with the link. */
  hint?: string;
}

export interface TaskSection {
  /** The group's heading; leave it out for a single list. */
  title?: string;
  tasks: Task[];
}

const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];
const DOCS = 'formulaires-liste-de-tâches--docs';
const STATUS_KEYS: Record<TaskStatus, TaskListStringKey> = {
  done: 'done',
  'in-progress': 'inProgress',
  todo: 'todo',
  locked: 'locked',
};

/**
 * GOV.UK's « Complete multiple tasks » pattern (its task list): the tasks of a long procedure,
 * grouped in sections, each a link with its status, and how many are done (« Vous avez complété
 * 3 tâches sur 5 »). The status is read with the task's link (`aria-describedby`): « Vos
 * coordonnées, lien, En cours ». A task that can't be started yet has no link, and says so
 * (« Impossible pour le moment »).
 *
 * As in GOV.UK, « Terminé » is plain text and the tasks left to do carry a tag, so what
 * remains stands out. The whole row is clickable; the link alone is focusable.
 *
 * It renders in the light DOM, in a wrapper of its own put before your content: the section
 * headings are in the page's outline and the links are ordinary links of the document. Content
 * you give it (a « Continuer » once all is done) stays after the list, never moved nor touched.
 *
 * @tag gouv-task-list
 * @summary Liste de tâches : les étapes d’une démarche longue, avec leur état et la progression.
 *
 * @slot - Content after the list (the element's children), e.g. the link to « Vérifier et envoyer ».
 *
 * @cssprop --gouv-color-background-action-low - The « À faire » tag.
 * @cssprop --gouv-color-background-info - The « En cours » tag.
 */
export class GouvTaskList extends GouvElement {
  static override lightDom = true;
  static override lightStyles = [taskListStyles];

  /** The sections and their tasks: `[{ title: 'Votre demande', tasks: [{ title, href, status }] }]`. */
  @property({ attribute: false }) sections: TaskSection[] = [];

  /** The level of the section headings (1 to 6), 2 by default under the page's h1. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Per-instance strings: `done`, `inProgress`, `todo`, `locked`, `progress` (`{count}`, `{total}`). */
  @property({ attribute: false }) strings: Partial<Record<TaskListStringKey, Message>> = {};

  readonly #i18n = new I18nController<TaskListStringKey>(this, taskListStrings);

  /** How many tasks are done, out of how many. */
  get progress(): { done: number; total: number } {
    const tasks = this.#sections().flatMap((section) => section.tasks);
    return { done: tasks.filter((task) => task.status === 'done').length, total: tasks.length };
  }

  /** The sections as given, with what can't be shown dropped (and a warning). */
  #sections(): { title: string; tasks: (Task & { status: TaskStatus })[] }[] {
    if (!Array.isArray(this.sections)) return [];
    return this.sections
      .filter((section) => section && Array.isArray(section.tasks))
      .map((section) => ({
        title: section.title ? String(section.title) : '',
        tasks: section.tasks
          .filter((task) => task && task.title)
          .map((task) => ({ ...task, title: String(task.title), status: this.#status(task.status) })),
      }));
  }

  #status(status: unknown): TaskStatus {
    if ((TASK_STATUSES as readonly unknown[]).includes(status)) return status as TaskStatus;
    if (DEV)
      warnOnce(
        this.localName,
        `status-${String(status)}`,
        `status="${String(status)}" n’est pas connu (${TASK_STATUSES.join(', ')}) ; « todo » est utilisé.`,
        DOCS,
      );
    return 'todo';
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (DEV && changed.has('sections') && !Array.isArray(this.sections))
      warnOnce(this.localName, 'sections', 'sections doit être un tableau [{ title, tasks }].', DOCS);
  }

  #statusContent(status: TaskStatus) {
    const text = this.#i18n.t(STATUS_KEYS[status]);
    if (status === 'done' || status === 'locked') return text;
    return html`<strong class="gouv-task-list__tag gouv-task-list__tag--${status}">${text}</strong>`;
  }

  #task(task: Task & { status: TaskStatus }, id: string) {
    const statusId = `${id}-status`;
    const hintId = `${id}-hint`;
    const linked = !!task.href && task.status !== 'locked';
    return html`<li class="gouv-task-list__item ${linked ? 'gouv-task-list__item--link' : ''}">
      <div class="gouv-task-list__name">
        ${
          linked
            ? html`<a
                class="gouv-task-list__link"
                href=${task.href!}
                aria-describedby=${task.hint ? `${hintId} ${statusId}` : statusId}
                >${task.title}</a
              >`
            : html`<div class="gouv-task-list__title">${task.title}</div>`
        }
        ${task.hint ? html`<div class="gouv-task-list__hint" id=${hintId}>${task.hint}</div>` : nothing}
      </div>
      <div class="gouv-task-list__status gouv-task-list__status--${task.status}" id=${statusId}>
        ${this.#statusContent(task.status)}
      </div>
    </li>`;
  }

  override render() {
    const sections = this.#sections();
    const { done, total } = this.progress;
    if (!total) return nothing;
    const level = Math.min(6, Math.max(1, Math.round(Number(this.headingLevel)) || 2));
    const tag = HEADINGS[level - 1]!;
    return html`<p class="gouv-task-list__progress">${this.#i18n.t('progress', { count: done, total })}</p>
      ${sections.map(
        (section, s) =>
          html`${
              section.title
                ? staticHtml`<${tag} class="gouv-task-list__section">${section.title}</${tag}>`
                : nothing
            }
            <ul class="gouv-task-list__list">
              ${section.tasks.map((task, t) => this.#task(task, `${this.uid}-task-${s}-${t}`))}
            </ul>`,
      )}`;
  }
}
