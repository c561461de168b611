import type { ReactNode } from 'react'
import { ConfigBanner } from './ConfigBanner'
import { Footer } from './Footer'
import { Header } from './Header'

/** Banner, header, the centred content column, footer. */
export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      {/* A button, not <a href="#main">: with hash routing that would change the route. */}
      <button
        type="button"
        onClick={() => document.getElementById('main')?.focus()}
        className="sr-only z-50 rounded-lg bg-surface px-3 py-2 text-sm font-medium focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </button>
      <ConfigBanner />
      <Header />
      <main id="main" tabIndex={-1} className="flex-1 px-4 py-8 outline-none sm:py-12">
        <div className="mx-auto w-full max-w-[30rem]">{children}</div>
      </main>
      <Footer />
    </div>
  )
}
