import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv, type Plugin } from 'vite'
import { isDevnetPairId } from './src/config/pairIds'
import { EnvError, parseEnv } from './src/config/parseEnv'

/** Fails `vite build` / `vite dev` early, with every problem listed, on bad VITE_* values. */
function validateEnv(): Plugin {
  return {
    name: 'ferry:validate-env',
    config(_, { mode }) {
      try {
        parseEnv(loadEnv(mode, process.cwd(), 'VITE_'))
      } catch (error) {
        if (error instanceof EnvError) throw new Error(error.message)
        throw error
      }
    },
  }
}

/**
 * `__DEVNET__`: whether this build offers a devnet pair (`VITE_PAIRS`). When it does not, the
 * devnet pairs, the devnet test wallet and their dev mnemonic are dead code that is never
 * bundled, not even as a lazy chunk (`npm run check:bundle` checks).
 */
function defineDevnet(): Plugin {
  return {
    name: 'ferry:define-devnet',
    config(_, { mode }) {
      const { pairIds } = parseEnv(loadEnv(mode, process.cwd(), 'VITE_'))
      return { define: { __DEVNET__: JSON.stringify(pairIds.some(isDevnetPairId)) } }
    },
  }
}

// A static app: relative asset paths (base './') and hash routing, so dist/ works from any
// static host and any sub-path (IPFS gateways) with no server rewrites. `appType: 'mpa'` makes
// dev and preview answer 404 for missing files (like a static host) instead of index.html.
export default defineConfig({
  base: './',
  appType: 'mpa',
  plugins: [validateEnv(), defineDevnet(), react(), tailwindcss()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1024,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
})
