import './index.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { BootError } from './app/BootError'
import { bootApp } from './app/bootApp'

// Boot: validated env → chains.json next to the app (404 = none) → wagmi config → render.
const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root')
const root = createRoot(container)

bootApp().then(
  (setup) =>
    root.render(
      <StrictMode>
        <App setup={setup} />
      </StrictMode>,
    ),
  (error: unknown) => {
    console.error(error)
    root.render(<BootError error={error} />)
  },
)
