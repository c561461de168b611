/** Whether this build offers a devnet pair (vite.config.ts sets it from VITE_PAIRS; tests: true). */
declare const __DEVNET__: boolean
