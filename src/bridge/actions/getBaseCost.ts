import { estimateFeesPerGas, readContract } from 'viem/actions'
import { getBridgehubContractAddress } from 'viem/zksync'
import { bridgehubAbi } from '../abis'
import type { BridgeClients } from '../clients'
import { REQUIRED_L1_TO_L2_GAS_PER_PUBDATA } from '../constants'

export type BaseCost = {
  /** L1 gas price the base cost was computed for (what the wallet will pay per L1 gas, at most). */
  gasPrice: bigint
  l2GasLimit: bigint
  gasPerPubdata: bigint
  /** In the L2 base token's smallest unit. */
  baseCost: bigint
  /** The L2 gas price the chain derives from the L1 gas price: baseCost = l2GasPrice × l2GasLimit. */
  l2GasPrice: bigint
}

export type GetBaseCostParameters = BridgeClients & {
  l2GasLimit: bigint
  /** Default: the current L1 max fee per gas, as the SDKs use for deposits. */
  gasPrice?: bigint
  gasPerPubdata?: bigint
}

/** `Bridgehub.l2TransactionBaseCost` for the L2: what any L1→L2 transaction pays upfront for L2 gas. */
export async function getBaseCost(p: GetBaseCostParameters): Promise<BaseCost> {
  const gasPerPubdata = p.gasPerPubdata ?? REQUIRED_L1_TO_L2_GAS_PER_PUBDATA
  const [bridgehub, gasPrice] = await Promise.all([
    getBridgehubContractAddress(p.l2),
    p.gasPrice ?? estimateFeesPerGas(p.l1, { type: 'eip1559' }).then((f) => f.maxFeePerGas),
  ])
  const baseCost = await readContract(p.l1, {
    address: bridgehub,
    abi: bridgehubAbi,
    functionName: 'l2TransactionBaseCost',
    args: [BigInt(p.l2.chain.id), gasPrice, p.l2GasLimit, gasPerPubdata],
  })
  return {
    gasPrice,
    l2GasLimit: p.l2GasLimit,
    gasPerPubdata,
    baseCost,
    l2GasPrice: p.l2GasLimit === 0n ? 0n : baseCost / p.l2GasLimit,
  }
}
