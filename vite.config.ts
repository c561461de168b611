import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv, type Plugin } from 'vite'
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

// A static app: relative asset paths (base './') and hash routing, so dist/ works from any
// static host and any sub-path (IPFS gateways) with no server rewrites. `appType: 'mpa'` makes
// dev and preview answer 404 for missing files (like a static host) instead of index.html.
export default defineConfig({
  base: './',
  appType: 'mpa',
  plugins: [validateEnv(), react(), tailwindcss()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1024,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
})
