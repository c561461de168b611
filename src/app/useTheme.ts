import { useSyncExternalStore } from 'react'
import type { ResolvedTheme, ThemePreference } from '../lib/theme'

export const THEME_STORAGE_KEY = 'ferry.theme'
const media = () =>
  typeof matchMedia === 'undefined' ? undefined : matchMedia('(prefers-color-scheme: dark)')

function readPreference(): ThemePreference {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY)
    if (stored === 'light' || stored === 'dark' || stored === 'system') return stored
  } catch {
    // storage unavailable
  }
  return 'system'
}

function resolve(preference: ThemePreference): ResolvedTheme {
  if (preference !== 'system') return preference
  return media()?.matches ? 'dark' : 'light'
}

function apply(resolved: ResolvedTheme) {
  const root = document.documentElement
  root.classList.toggle('dark', resolved === 'dark')
  root.style.colorScheme = resolved
  document
    .querySelector('meta[name="theme-color"]')
    ?.setAttribute('content', resolved === 'dark' ? '#0c1016' : '#f5f6f8')
}

type Snapshot = { preference: ThemePreference; resolved: ResolvedTheme }
let snapshot: Snapshot | undefined
const listeners = new Set<() => void>()

function current(): Snapshot {
  if (!snapshot) {
    const preference = readPreference()
    snapshot = { preference, resolved: resolve(preference) }
  }
  return snapshot
}

function update(preference: ThemePreference) {
  snapshot = { preference, resolved: resolve(preference) }
  apply(snapshot.resolved)
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  const query = media()
  const onSystemChange = () => {
    if (current().preference === 'system') update('system')
  }
  query?.addEventListener('change', onSystemChange)
  return () => {
    listeners.delete(listener)
    query?.removeEventListener('change', onSystemChange)
  }
}

/** Sets and persists the theme preference. */
export function setThemePreference(preference: ThemePreference) {
  try {
    localStorage.setItem(THEME_STORAGE_KEY, preference)
  } catch {
    // storage unavailable: the choice lasts for this page only
  }
  update(preference)
}

/** The theme preference and what it resolves to now. */
export function useTheme(): Snapshot & { setPreference: (preference: ThemePreference) => void } {
  const value = useSyncExternalStore(subscribe, current, current)
  return { ...value, setPreference: setThemePreference }
}
