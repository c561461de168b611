import { useQueries, useQuery } from '@tanstack/react-query'
import { useConfig } from 'wagmi'
import type { ChainPair } from '../bridge/pair'
import type { ChainKind } from '../bridge/protocol/capabilities'
import {
  type GetChainCapabilitiesQueryParameters,
  getChainCapabilitiesQueryOptions,
} from '../bridge/query/getChainCapabilities'

/** What the pair's L2 can do, and which kind of node it is. */
export function useChainCapabilities(parameters: GetChainCapabilitiesQueryParameters) {
  return useQuery(getChainCapabilitiesQueryOptions(useConfig(), parameters))
}

/**
 * The kind of each pair's L2 as far as known: with `probe`, each chain not known yet is asked
 * (one batched probe per chain); without, only what this session already learned.
 */
export function useChainKinds(
  pairs: readonly ChainPair[],
  probe: boolean,
): Readonly<Record<string, ChainKind | undefined>> {
  const config = useConfig()
  const results = useQueries({
    queries: pairs.map((pair) =>
      getChainCapabilitiesQueryOptions(config, { pair, query: { enabled: probe } }),
    ),
  })
  return Object.fromEntries(pairs.map((pair, i) => [pair.id, results[i]?.data?.kind]))
}
