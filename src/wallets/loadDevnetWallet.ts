import type { Chain } from 'viem'
import { mnemonicToAccount } from 'viem/accounts'
import { DEV_ACCOUNT_COUNT, DEV_MNEMONIC } from '../../devnet/facts'
import { rpcUrlOf } from '../bridge/pair'
import {
  createLocalKeyProvider,
  type LocalKeyProvider,
  type LocalKeyProviderState,
} from './createLocalKeyProvider'

// Loaded on demand by devnetProvider.ts: the dev mnemonic's accounts and the signing provider.

export function loadDevnetWallet(parameters: {
  chains: readonly Chain[]
  state: LocalKeyProviderState
  onStateChange: (state: LocalKeyProviderState) => void
}): LocalKeyProvider {
  const accounts = Array.from({ length: DEV_ACCOUNT_COUNT }, (_, addressIndex) =>
    mnemonicToAccount(DEV_MNEMONIC, { addressIndex }),
  )
  return createLocalKeyProvider({
    accounts,
    chains: parameters.chains.map((chain) => ({ id: chain.id, rpcUrl: rpcUrlOf(chain), chain })),
    chainId: parameters.state.chainId,
    accountIndex: parameters.state.accountIndex,
    authorized: parameters.state.authorized,
    onStateChange: parameters.onStateChange,
  })
}
