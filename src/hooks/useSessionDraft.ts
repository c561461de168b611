import { useEffect, useState } from 'react'
import { sessionStore } from '../lib/storage'

/**
 * Form state that survives a reload (not a closed tab): read from sessionStorage under `key`
 * through `read` (which checks the stored value; `undefined` = start from `initial`), written
 * back on every change. Storage errors are ignored: a draft is a convenience.
 */
export function useSessionDraft<T>(
  key: string,
  initial: T,
  read: (stored: unknown) => T | undefined,
): [T, (next: T | ((previous: T) => T)) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const raw = sessionStore().getItem(key)
      return (raw === null ? undefined : read(JSON.parse(raw))) ?? initial
    } catch {
      return initial
    }
  })
  useEffect(() => {
    try {
      sessionStore().setItem(key, JSON.stringify(value))
    } catch {
      // storage full or disabled
    }
  }, [key, value])
  return [value, setValue]
}
