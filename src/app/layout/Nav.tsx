import { Link, useLocation } from 'wouter'
import { Badge } from '../../components/ui/Badge'
import { cn } from '../../components/ui/cn'
import { NAV_ITEMS } from '../navItems'
import { useNavBadges } from './useNavBadges'

/** The section tabs. Scrolls sideways on narrow screens rather than wrapping. */
export function Nav({ className }: { className?: string }) {
  const [location] = useLocation()
  const badges = useNavBadges()
  return (
    <nav aria-label="Sections" className={cn('min-w-0', className)}>
      <ul className="-mx-1 flex gap-1 overflow-x-auto px-1 py-1 [scrollbar-width:none]">
        {NAV_ITEMS.map((item) => {
          const active = location === item.path || (location === '/' && item.id === 'deposit')
          const count = badges[item.id]
          return (
            <li key={item.id} className="shrink-0">
              <Link
                href={item.path}
                aria-current={active ? 'page' : undefined}
                className={cn(
                  'flex h-9 items-center gap-1.5 rounded-lg px-3 text-sm font-medium whitespace-nowrap transition-colors',
                  active
                    ? 'bg-accent-soft text-accent-text'
                    : 'text-muted hover:bg-subtle hover:text-ink',
                )}
              >
                {item.label}
                {count !== undefined && count > 0 && (
                  <Badge tone="accent" className="ml-0.5">
                    <span className="sr-only">, </span>
                    {count}
                    <span className="sr-only"> waiting</span>
                  </Badge>
                )}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
