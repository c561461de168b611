import type { Config } from 'wagmi'
import { getAccount, switchChain } from 'wagmi/actions'

export type EnsureChainParameters = { chainId: number }

/**
 * Makes sure the connected wallet is on `chainId`, asking it to switch when it is not. A chain
 * the wallet does not know yet is added first (wagmi sends `wallet_addEthereumChain` on
 * error 4902 with the chain from the config). Rejects with wagmi's/viem's errors, e.g.
 * `UserRejectedRequestError` when the user declines, `SwitchChainError` otherwise.
 */
export async function ensureChain(
  config: Config,
  parameters: EnsureChainParameters,
): Promise<void> {
  const account = getAccount(config)
  if (account.status !== 'connected') throw new Error('ensureChain: no wallet connected')
  if (account.chainId === parameters.chainId) return
  await switchChain(config, { chainId: parameters.chainId })
}
