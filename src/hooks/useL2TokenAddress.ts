import { useQuery } from '@tanstack/react-query'
import { useConfig } from 'wagmi'
import {
  type GetL2TokenAddressQueryParameters,
  getL2TokenAddressQueryOptions,
} from '../bridge/query/getL2TokenAddress'

/** The L2 address of an L1 token on the pair's L2 (0x…800a for the base token). */
export function useL2TokenAddress(parameters: GetL2TokenAddressQueryParameters) {
  return useQuery(getL2TokenAddressQueryOptions(useConfig(), parameters))
}
