// The gouv-* tags typed in JSX (React 19's IntrinsicElements), for a tag written directly rather
// than through its @gouvkit/react component: a typo in an attribute or a wrong value fails tsc.
import type {} from '@gouvkit/forms/react';
import type {} from '@gouvkit/components/react';
