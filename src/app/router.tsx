import { lazy, Suspense } from 'react'
import { Redirect, Route, Switch } from 'wouter'
import { Spinner } from '../components/ui/Spinner'
import { ComingSoonPage } from './routes/ComingSoonPage'
import { DepositPage } from './routes/DepositPage'
import { NotFoundPage } from './routes/NotFoundPage'
import { TransfersPage } from './routes/TransfersPage'
import { useAppSetup } from './useAppSetup'

// The UI kit gallery (#/ui) is for development and screenshot review: it exists in dev and in
// builds offering a devnet pair (npm start, e2e), never in a public build; it loads on demand.
const UiKitPage = lazy(() => import('./routes/UiKitPage').then((m) => ({ default: m.UiKitPage })))

/** The app's routes (hash routing: #/deposit …; see main.tsx). */
export function AppRoutes() {
  const { pairs } = useAppSetup()
  const showUiKit = import.meta.env.DEV || pairs.some((pair) => pair.devnet)
  return (
    <Suspense
      fallback={
        <div className="flex justify-center py-16">
          <Spinner label="Loading" />
        </div>
      }
    >
      <Switch>
        <Route path="/">
          <Redirect to="/deposit" replace />
        </Route>
        <Route path="/deposit" component={DepositPage} />
        <Route path="/transfers" component={TransfersPage} />
        <Route path="/withdraw">
          <ComingSoonPage
            title="Withdraw"
            description="Send funds from the L2 back to the L1. After the L2 batch is proven and executed on the L1, you finalize the withdrawal there."
          />
        </Route>
        <Route path="/claim">
          <ComingSoonPage
            title="Claim"
            description="Finalize withdrawals on the L1 and claim back failed deposits."
          />
        </Route>
        <Route path="/request-execute">
          <ComingSoonPage
            title="Request execute"
            description="Call a contract on the L2 with a transaction sent from the L1 (an L1 → L2 priority request)."
          />
        </Route>
        <Route path="/base-cost">
          <ComingSoonPage
            title="Base cost"
            description="What the L2 charges, paid on the L1, for an L1 → L2 transaction at a given gas limit."
          />
        </Route>
        {showUiKit && <Route path="/ui" component={UiKitPage} />}
        <Route component={NotFoundPage} />
      </Switch>
    </Suspense>
  )
}
