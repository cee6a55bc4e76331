import { describePackageContract } from '@gouvkit/testing/package-contract';

// `communes` defines no element: it registers the combobox's `source="communes"`.
describePackageContract(new URL('../', import.meta.url), { registering: ['communes'] });
