// Light / dark / system, persisted. index.html applies the same rule before the first paint
// (same storage key), so there is no flash of the wrong theme.

export type ThemePreference = 'light' | 'dark' | 'system'

export type ResolvedTheme = 'light' | 'dark'
