import {
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from 'react'
import { cn } from './cn'
import { CheckIcon } from './icons'

export type MenuItem = {
  id: string
  label: ReactNode
  /** Second line, muted. */
  description?: ReactNode
  /** Right side (a badge, a number). */
  aside?: ReactNode
  /** A choice (menuitemradio) when set, checked when true; a command (menuitem) when not. */
  selected?: boolean
  disabled?: boolean
  onSelect: () => void
}

export type MenuSection = { label?: string; items: readonly MenuItem[] }

export type MenuProps = {
  /** Accessible name of the trigger (what the menu is for). */
  label: string
  /** What the trigger shows. */
  trigger: ReactNode
  sections: readonly MenuSection[]
  /** Leave room for the check mark of choices (set when any item has `selected`). */
  radio?: boolean
  triggerClassName?: string
  /** Preferred horizontal alignment to the trigger (the menu still stays on screen). */
  align?: 'start' | 'end'
  width?: number
  'data-testid'?: string
  /** Told when the menu opens or closes (to load what only the open menu shows). */
  onOpenChange?: (open: boolean) => void
}

const GAP = 6
const MARGIN = 8

/** The enabled items of an open menu, in order. */
function itemElements(list: HTMLElement | null): HTMLButtonElement[] {
  return [...(list?.querySelectorAll<HTMLButtonElement>('[data-menu-item]') ?? [])].filter(
    (el) => !el.disabled,
  )
}

/**
 * A button that opens a list of choices: click or Enter/Space/ArrowDown to open, arrows,
 * Home/End to move, Enter/Space to choose, Escape or Tab to close; focus returns to the button.
 */
export function Menu({
  label,
  trigger,
  sections,
  radio = false,
  triggerClassName,
  align = 'start',
  width = 288,
  'data-testid': testId,
  onOpenChange,
}: MenuProps) {
  const [open, setOpen] = useState(false)
  useEffect(() => onOpenChange?.(open), [open, onOpenChange])
  const [position, setPosition] = useState<{ top: number; left: number; width: number }>()
  const buttonRef = useRef<HTMLButtonElement>(null)
  const listRef = useRef<HTMLDivElement>(null)
  const menuId = useId()

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false)
    setPosition(undefined)
    if (returnFocus) buttonRef.current?.focus()
  }, [])

  const place = useCallback(() => {
    const rect = buttonRef.current?.getBoundingClientRect()
    if (!rect) return
    const viewport = document.documentElement.clientWidth
    const w = Math.min(width, viewport - 2 * MARGIN)
    const preferred = align === 'end' ? rect.right - w : rect.left
    const left = Math.max(MARGIN, Math.min(preferred, viewport - w - MARGIN))
    // Below the button; above it when it does not fit below but does above (e.g. in a footer).
    const height = listRef.current?.offsetHeight ?? 0
    const below = rect.bottom + GAP
    const fitsBelow = below + height <= window.innerHeight - MARGIN
    const fitsAbove = rect.top - GAP - height >= MARGIN
    const top = !fitsBelow && fitsAbove ? rect.top - GAP - height : below
    setPosition({ top, left, width: w })
  }, [align, width])

  useLayoutEffect(() => {
    if (!open) return
    place()
  }, [open, place])

  // Focus the checked (or first) item once the menu is placed and visible.
  const positioned = position !== undefined
  useEffect(() => {
    if (!open || !positioned) return
    const items = itemElements(listRef.current)
    const selected = items.find((el) => el.getAttribute('aria-checked') === 'true')
    ;(selected ?? items[0])?.focus()
  }, [open, positioned])

  useEffect(() => {
    if (!open) return
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node
      if (!listRef.current?.contains(target) && !buttonRef.current?.contains(target)) close(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    window.addEventListener('resize', place)
    window.addEventListener('scroll', place, true)
    return () => {
      document.removeEventListener('pointerdown', onPointerDown)
      window.removeEventListener('resize', place)
      window.removeEventListener('scroll', place, true)
    }
  }, [open, close, place])

  const onListKeyDown = (event: KeyboardEvent) => {
    const items = itemElements(listRef.current)
    const index = items.indexOf(document.activeElement as HTMLButtonElement)
    const focus = (i: number) => items[(i + items.length) % items.length]?.focus()
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault()
        focus(index + 1)
        break
      case 'ArrowUp':
        event.preventDefault()
        focus(index - 1)
        break
      case 'Home':
        event.preventDefault()
        focus(0)
        break
      case 'End':
        event.preventDefault()
        focus(items.length - 1)
        break
      case 'Escape':
        event.preventDefault()
        close(true)
        break
      case 'Tab':
        close(false)
        break
    }
  }

  return (
    <div className="relative" data-testid={testId}>
      <button
        ref={buttonRef}
        type="button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : setOpen(true))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault()
            setOpen(true)
          }
        }}
        className={triggerClassName}
      >
        {trigger}
      </button>
      {open && (
        <div
          ref={listRef}
          id={menuId}
          role="menu"
          aria-label={label}
          tabIndex={-1}
          onKeyDown={onListKeyDown}
          style={
            position
              ? { top: position.top, left: position.left, width: position.width }
              : { visibility: 'hidden' }
          }
          className="fixed z-50 max-h-[min(70vh,32rem)] overflow-y-auto rounded-xl border border-line bg-surface p-1.5 shadow-pop"
        >
          {sections.map((section, sectionIndex) => (
            // biome-ignore lint/a11y/useSemanticElements: a menu group, not a form fieldset
            <div
              key={section.label ?? sectionIndex}
              role="group"
              aria-label={section.label}
              className={cn(sectionIndex > 0 && 'mt-1.5 border-t border-line pt-1.5')}
            >
              {section.label && (
                <div className="px-2.5 pt-1 pb-1.5 text-xs font-medium tracking-wide text-muted uppercase">
                  {section.label}
                </div>
              )}
              {section.items.map((item) => (
                // biome-ignore lint/a11y/useAriaPropsSupportedByRole: aria-checked is set only with role menuitemradio
                <button
                  key={item.id}
                  type="button"
                  data-menu-item=""
                  role={item.selected === undefined ? 'menuitem' : 'menuitemradio'}
                  aria-checked={item.selected}
                  disabled={item.disabled}
                  onClick={() => {
                    item.onSelect()
                    close(true)
                  }}
                  className={cn(
                    'flex w-full items-center gap-2.5 rounded-lg px-2.5 py-2 text-left text-sm text-ink',
                    'hover:bg-subtle focus-visible:bg-subtle focus-visible:outline-none disabled:opacity-50',
                    item.selected && 'bg-accent-soft/60',
                  )}
                >
                  {radio && (
                    <span className="flex size-4 shrink-0 items-center justify-center text-accent-text">
                      {item.selected && <CheckIcon className="size-4" />}
                    </span>
                  )}
                  <span className="min-w-0 flex-1">
                    <span className="block truncate font-medium">{item.label}</span>
                    {item.description && (
                      <span className="block text-xs text-muted">{item.description}</span>
                    )}
                  </span>
                  {item.aside && <span className="shrink-0 text-xs text-muted">{item.aside}</span>}
                </button>
              ))}
            </div>
          ))}
        </div>
      )}
    </div>
  )
}
