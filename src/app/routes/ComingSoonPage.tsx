import { Link } from 'wouter'
import { Card } from '../../components/ui/Card'

export type ComingSoonPageProps = { title: string; description: string }

/** A section that is not built yet. */
export function ComingSoonPage({ title, description }: ComingSoonPageProps) {
  return (
    <Card title={title} headingLevel={1} data-testid="coming-soon">
      <p className="text-sm text-muted">{description}</p>
      <p className="mt-4 text-sm text-ink">
        This part of Ferry is coming soon. Meanwhile you can{' '}
        <Link href="/deposit" className="font-medium text-accent-text hover:underline">
          make a deposit
        </Link>
        .
      </p>
    </Card>
  )
}
