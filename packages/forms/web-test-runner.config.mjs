import { createConfig } from '../../scripts/wtr-config.mjs';

export default createConfig();
