// Resolved through the `development` export condition (Vite's and webpack's dev servers,
// `node --conditions=development`, the test runner): development warnings are printed.
export const DEV: boolean = true;
