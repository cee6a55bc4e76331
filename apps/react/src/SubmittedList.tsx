import { Fragment } from 'react';
import type { Entry } from './form-data.js';

/** What the form sent: a `<dt>` name and `<dd>` value per entry, as React text (never markup). */
export function SubmittedList({ entries }: { entries: Entry[] }) {
  return (
    <dl data-submitted="">
      {entries.map(([name, value], index) => (
        <Fragment key={index}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
