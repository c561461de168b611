/** The part of `Storage` used here, so tests pass a Map-backed fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>

/** A storage that lives as long as the page (the fallback when the browser refuses storage). */
export function memoryStorage(): StorageLike {
  const memory = new Map<string, string>()
  return {
    getItem: (key) => memory.get(key) ?? null,
    setItem: (key, value) => void memory.set(key, value),
  }
}

let fallback: StorageLike | undefined

/** localStorage when the browser allows it; otherwise one in-memory stand-in for this page. */
export function appStorage(): StorageLike {
  try {
    if (typeof localStorage !== 'undefined') return localStorage
  } catch {
    // private mode / disabled storage
  }
  fallback ??= memoryStorage()
  return fallback
}

let sessionFallback: StorageLike | undefined

/** sessionStorage (drafts: survive a reload, not a closed tab); an in-memory stand-in otherwise. */
export function sessionStore(): StorageLike {
  try {
    if (typeof sessionStorage !== 'undefined') return sessionStorage
  } catch {
    // disabled storage
  }
  sessionFallback ??= memoryStorage()
  return sessionFallback
}
