import { AccountButton } from './AccountButton'
import { Logo } from './Logo'
import { Nav } from './Nav'
import { PairSelector } from './PairSelector'
import { ThemeToggle } from './ThemeToggle'

/** Logo, sections, pair selector, theme and account. Nav gets its own row below 1280 px. */
export function Header() {
  return (
    <header className="sticky top-0 z-30 border-b border-line bg-canvas/85 backdrop-blur supports-[backdrop-filter]:bg-canvas/75">
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-1.5 px-4 sm:gap-3 sm:px-6">
        <Logo />
        <Nav className="hidden flex-1 xl:ml-4 xl:block" />
        <div className="ml-auto flex min-w-0 items-center gap-1.5 sm:gap-2">
          <PairSelector />
          {/* On phones the theme switch lives in the footer: the header has no room. */}
          <ThemeToggle className="hidden sm:block" />
          <AccountButton />
        </div>
      </div>
      {/* The fade on the right says the tabs scroll sideways. */}
      <div className="relative mx-auto max-w-6xl px-3 pb-1.5 after:pointer-events-none after:absolute after:inset-y-0 after:right-0 after:w-8 after:bg-gradient-to-l after:from-canvas sm:px-5 xl:hidden">
        <Nav />
      </div>
    </header>
  )
}
