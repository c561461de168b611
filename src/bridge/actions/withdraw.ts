import {
  type Account,
  type Address,
  type Chain,
  type Client,
  encodeFunctionData,
  type Hash,
  isAddressEqual,
  parseAbi,
  type Transport,
} from 'viem'
import { estimateGas, getGasPrice } from 'viem/actions'
import {
  type ChainEIP712,
  l2BaseTokenAddress,
  publicActionsL2,
  withdraw as zksyncWithdraw,
} from 'viem/zksync'
import { CONTRACTS_ETH_ADDRESS, type TokenRef } from '../tokens'

const l2AssetRouterAddress: Address = '0x0000000000000000000000000000000000010003'
const withdrawAbi = parseAbi([
  'function withdraw(address _l1Receiver) payable',
  'function withdraw(address _l1Receiver, address _l2Token, uint256 _amount)',
])

/** Whether a token is the L2's base token (paid as gas, withdrawn through 0x…800a). */
export function isBaseToken(token: TokenRef, baseTokenL1: Address): boolean {
  return token.kind === 'eth'
    ? isAddressEqual(baseTokenL1, CONTRACTS_ETH_ADDRESS)
    : isAddressEqual(token.l1Address, baseTokenL1)
}

/** The L2 address of a token: 0x…800a for the base token, else the bridged token's address. */
export async function getL2TokenAddressOf(p: {
  l2: Client<Transport, ChainEIP712>
  token: TokenRef
  baseTokenL1: Address
}): Promise<Address> {
  if (isBaseToken(p.token, p.baseTokenL1)) return l2BaseTokenAddress
  const l1 = p.token.kind === 'eth' ? CONTRACTS_ETH_ADDRESS : p.token.l1Address
  return publicActionsL2()(p.l2).getL2TokenAddress({ token: l1 })
}

export type WithdrawalQuote = {
  l2Token: Address
  /** Estimated L2 gas and fee, in the L2 base token. */
  gas: bigint
  gasPrice: bigint
  fee: bigint
}

/** The L2 fee of a withdrawal (estimated as the SDK will send it). */
export async function getWithdrawalQuote(p: {
  l2: Client<Transport, ChainEIP712>
  token: TokenRef
  baseTokenL1: Address
  amount: bigint
  from: Address
  to: Address
}): Promise<WithdrawalQuote> {
  const l2Token = await getL2TokenAddressOf(p)
  const plain = p.l2 as unknown as Client<Transport, Chain>
  const request = isAddressEqual(l2Token, l2BaseTokenAddress)
    ? {
        to: l2BaseTokenAddress,
        value: p.amount,
        data: encodeFunctionData({ abi: withdrawAbi, functionName: 'withdraw', args: [p.to] }),
      }
    : {
        to: l2AssetRouterAddress,
        value: 0n,
        data: encodeFunctionData({
          abi: withdrawAbi,
          functionName: 'withdraw',
          args: [p.to, l2Token, p.amount],
        }),
      }
  const [gas, gasPrice] = await Promise.all([
    estimateGas(plain, { account: p.from, ...request }),
    getGasPrice(plain),
  ])
  return { l2Token, gas, gasPrice, fee: gas * gasPrice }
}

export type WithdrawParameters = {
  /** L2 wallet client (the connected account on the L2). */
  l2: Client<Transport, ChainEIP712, Account>
  l2Token: Address
  amount: bigint
  /** L1 recipient. */
  to: Address
}

/** Sends the L2 withdrawal with viem/zksync; resolves to the L2 hash. */
export async function withdraw(p: WithdrawParameters): Promise<Hash> {
  return zksyncWithdraw(p.l2, {
    account: p.l2.account,
    chain: p.l2.chain,
    token: p.l2Token,
    amount: p.amount,
    to: p.to,
  } as Parameters<typeof zksyncWithdraw>[1])
}
