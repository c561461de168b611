import { type ReactNode, useEffect, useRef } from 'react'

/**
 * Brings the top of a wizard back into view when it moves to another screen (the review after a
 * long form, the progress after the review), so a phone user sees the new screen from its start.
 */
export function ScrollIntoViewOnChange({ view, children }: { view: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  const shown = useRef(view)
  useEffect(() => {
    if (shown.current === view) return
    shown.current = view
    const element = ref.current
    if (element && element.getBoundingClientRect().top < 0)
      element.scrollIntoView({ block: 'start' })
  }, [view])
  return (
    <div ref={ref} className="scroll-mt-24">
      {children}
    </div>
  )
}
