import type {
  DefaultError,
  MutationOptions,
  QueryKey,
  QueryObserverOptions,
} from '@tanstack/query-core'

/**
 * What a caller may change in a query (wagmi's `query` parameter): everything but the key and
 * the function, which the factory owns. `enabled` can only narrow what the factory allows.
 */
export type QueryOverrides<data> = Omit<
  QueryObserverOptions<data, DefaultError, data, data, QueryKey>,
  'queryKey' | 'queryFn' | 'queryHash' | 'queryKeyHashFn' | 'enabled'
> & { enabled?: boolean }

export type QueryParameter<data> = { query?: QueryOverrides<data> | undefined }

/** What a caller may change in a mutation: callbacks and the like; never key, function or scope. */
export type MutationOverrides<data, variables> = Omit<
  MutationOptions<data, DefaultError, variables>,
  'mutationKey' | 'mutationFn' | 'scope'
>

export type MutationParameter<data, variables> = {
  mutation?: MutationOverrides<data, variables> | undefined
}

/** A factory's own gate (its inputs are there), narrowed by the caller's `enabled`. */
export function isEnabled(own: boolean, query: { enabled?: boolean } | undefined): boolean {
  return own && (query?.enabled ?? true)
}
