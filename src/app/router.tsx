import { lazy, Suspense } from 'react'
import { Redirect, Route, Switch } from 'wouter'
import { Spinner } from '../components/ui/Spinner'
import { DepositPage } from './routes/DepositPage'
import { NotFoundPage } from './routes/NotFoundPage'
import { TransfersPage } from './routes/TransfersPage'
import { useAppSetup } from './useAppSetup'

// The UI kit gallery (#/ui) is for development and screenshot review: it exists in dev and in
// builds offering a devnet pair (npm start, e2e), never in a public build; it loads on demand.
const UiKitPage =
  import.meta.env.DEV || __DEVNET__
    ? lazy(() => import('./routes/UiKitPage').then((m) => ({ default: m.UiKitPage })))
    : undefined

// Every section but Deposit (the landing page) loads on demand, keeping first load small.
const WithdrawPage = lazy(() =>
  import('./routes/WithdrawPage').then((m) => ({ default: m.WithdrawPage })),
)
const ClaimPage = lazy(() => import('./routes/ClaimPage').then((m) => ({ default: m.ClaimPage })))
const RequestExecutePage = lazy(() =>
  import('./routes/RequestExecutePage').then((m) => ({ default: m.RequestExecutePage })),
)
const BaseCostPage = lazy(() =>
  import('./routes/BaseCostPage').then((m) => ({ default: m.BaseCostPage })),
)

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
        <Route path="/transfers/:address" component={TransfersPage} />
        <Route path="/withdraw" component={WithdrawPage} />
        <Route path="/claim" component={ClaimPage} />
        <Route path="/claim/:hash" component={ClaimPage} />
        <Route path="/request-execute" component={RequestExecutePage} />
        <Route path="/base-cost" component={BaseCostPage} />
        {UiKitPage && showUiKit && <Route path="/ui" component={UiKitPage} />}
        <Route component={NotFoundPage} />
      </Switch>
    </Suspense>
  )
}
