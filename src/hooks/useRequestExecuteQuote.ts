import { useQuery } from '@tanstack/react-query'
import type { Address, Hex } from 'viem'
import { useConfig } from 'wagmi'
import { requestExecuteQuoteQueryOptions } from '../bridge/query/l1ToL2QueryOptions'
import type { ChainPair } from '../config/chains'

/** L2 gas (estimated unless given), base cost and values of an L1→L2 call. */
export function useRequestExecuteQuote(parameters: {
  pair: ChainPair
  from?: Address
  contractAddress?: Address
  calldata?: Hex
  l2Value?: bigint
  l2GasLimit?: bigint
}) {
  const config = useConfig()
  return useQuery(
    requestExecuteQuoteQueryOptions(config, {
      pair: parameters.pair,
      from: parameters.from,
      contractAddress: parameters.contractAddress,
      calldata: parameters.calldata,
      l2Value: parameters.l2Value ?? 0n,
      l2GasLimit: parameters.l2GasLimit,
    }),
  )
}
