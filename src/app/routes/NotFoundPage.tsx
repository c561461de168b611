import { Link } from 'wouter'
import { Card } from '../../components/ui/Card'

/** Unknown #/route. */
export function NotFoundPage() {
  return (
    <Card title="Page not found" headingLevel={1}>
      <p className="text-sm text-muted">
        There is nothing at this address.{' '}
        <Link href="/deposit" className="font-medium text-accent-text hover:underline">
          Go to Deposit
        </Link>
        .
      </p>
    </Card>
  )
}
