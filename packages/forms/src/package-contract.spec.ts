import { describePackageContract } from '@gouvkit/testing/package-contract';

describePackageContract(new URL('../', import.meta.url));
