import { useQuery } from '@tanstack/react-query'
import { useConfig } from 'wagmi'
import { l2TokenAddressQueryOptions } from '../bridge/query/withdrawalQueryOptions'
import type { TokenRef } from '../bridge/tokens'
import type { ChainPair } from '../config/chains'

/** The L2 address of an L1 token on the pair's L2 (0x…800a for the base token). */
export function useL2TokenAddress(parameters: { pair: ChainPair; token: TokenRef }) {
  return useQuery(l2TokenAddressQueryOptions(useConfig(), parameters))
}
