import { defineStrings } from '@gouvkit/core';

export type TaskListStringKey = 'done' | 'inProgress' | 'todo' | 'locked' | 'progress';

/** `progress` counts tasks: `{count}` done out of `{total}`, with French plural forms. */
export const taskListStrings = defineStrings<TaskListStringKey>('gouv-task-list', {
  fr: {
    done: 'Terminé',
    inProgress: 'En cours',
    todo: 'À faire',
    locked: 'Impossible pour le moment',
    progress: {
      one: 'Vous avez complété {count} tâche sur {total}.',
      other: 'Vous avez complété {count} tâches sur {total}.',
    },
  },
  en: {
    done: 'Completed',
    inProgress: 'In progress',
    todo: 'Not yet started',
    locked: 'Cannot start yet',
    progress: {
      one: 'You have completed {count} of {total} tasks.',
      other: 'You have completed {count} of {total} tasks.',
    },
  },
});
