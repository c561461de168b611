import { Router } from 'wouter'
import { useHashLocation } from 'wouter/use-hash-location'
import { ChainPairProvider } from './ChainPairProvider'
import { AppLayout } from './layout/AppLayout'
import { Providers } from './Providers'
import { AppRoutes } from './router'
import type { AppSetup } from './useAppSetup'

/** The whole app, given what boot established. */
export function App({ setup }: { setup: AppSetup }) {
  return (
    <Providers setup={setup}>
      <Router hook={useHashLocation}>
        <ChainPairProvider pairs={setup.pairs} defaultPairId={setup.defaultPairId}>
          <AppLayout>
            <AppRoutes />
          </AppLayout>
        </ChainPairProvider>
      </Router>
    </Providers>
  )
}
