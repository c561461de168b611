import { type AbiEvent, toEventSelector } from 'viem'
import { describe, expect, it } from 'vitest'
import { historyEventsAbi } from '../abis'

// The history events as the deployed contracts declare them (era-contracts: IL1AssetRouter
// v26+, IL1SharedBridge v24–v25, IL1ERC20Bridge, IMailbox, IL2AssetRouter, IL2SharedBridge,
// L2BaseToken). topic0 is the hash of the canonical signature and the indexed parameters are
// what an `eth_getLogs` filter can match on: a slip in either and the scan finds nothing on a
// real chain while the devnet, built from the same ABI, still agrees.

const declared: Record<keyof typeof historyEventsAbi, { signature: string; indexed: string[] }> = {
  baseTokenDepositV26: {
    signature: 'BridgehubDepositBaseTokenInitiated(uint256,address,bytes32,uint256)',
    indexed: ['chainId', 'from'],
  },
  depositV26: {
    signature: 'BridgehubDepositInitiated(uint256,bytes32,address,bytes32,bytes)',
    indexed: ['chainId', 'txDataHash', 'from'],
  },
  baseTokenDepositV24: {
    signature: 'BridgehubDepositBaseTokenInitiated(uint256,address,address,uint256)',
    indexed: ['chainId', 'from'],
  },
  depositV24: {
    signature: 'BridgehubDepositInitiated(uint256,bytes32,address,address,address,uint256)',
    indexed: ['chainId', 'txDataHash', 'from'],
  },
  legacyErc20Deposit: {
    signature: 'DepositInitiated(bytes32,address,address,address,uint256)',
    indexed: ['l2DepositTxHash', 'from', 'to'],
  },
  priorityRequest: {
    signature:
      'NewPriorityRequest(uint256,bytes32,uint64,(uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256[4],bytes,bytes,uint256[],bytes,bytes),bytes[])',
    indexed: [],
  },
  baseTokenWithdrawal: {
    signature: 'Withdrawal(address,address,uint256)',
    indexed: ['_l2Sender', '_l1Receiver'],
  },
  tokenWithdrawal: {
    signature: 'WithdrawalInitiatedAssetRouter(uint256,address,bytes32,bytes)',
    indexed: ['l2Sender', 'assetId'],
  },
  legacyTokenWithdrawal: {
    signature: 'WithdrawalInitiated(address,address,address,uint256)',
    indexed: ['l2Sender', 'l1Receiver', 'l2Token'],
  },
}

describe('history events', () => {
  for (const [name, { signature, indexed }] of Object.entries(declared)) {
    it(`${name}: ${signature.split('(')[0]} has the deployed topic0 and indexed parameters`, () => {
      const [event] = historyEventsAbi[name as keyof typeof historyEventsAbi] as readonly AbiEvent[]
      if (!event) throw new Error(`no ${name}`)
      expect(toEventSelector(event)).toBe(toEventSelector(signature))
      expect(event.inputs.filter((input) => input.indexed).map((input) => input.name)).toEqual(
        indexed,
      )
    })
  }

  it('the generations that share a name do not share a topic0', () => {
    const topic = (abi: readonly AbiEvent[]) => toEventSelector(abi[0] as AbiEvent)
    expect(topic(historyEventsAbi.baseTokenDepositV26)).not.toBe(
      topic(historyEventsAbi.baseTokenDepositV24),
    )
    expect(topic(historyEventsAbi.depositV26)).not.toBe(topic(historyEventsAbi.depositV24))
  })
})
