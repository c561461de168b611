import {
  type Address,
  concatHex,
  encodeAbiParameters,
  encodeFunctionData,
  type Hex,
  keccak256,
  parseAbi,
  zeroAddress,
} from 'viem'
import { L2_NATIVE_TOKEN_VAULT_ADDRESS, REQUIRED_L1_TO_L2_GAS_PER_PUBDATA } from '../constants'

// The L1 transaction of an L1→L2 request, built from the Bridgehub's ABI (zksync-contracts.md
// §6, §8): a direct request for the base token and arbitrary calls, a two-bridges request through
// the L1 asset router for every other token. Pure: the caller supplies addresses and amounts.

export const bridgehubRequestAbi = parseAbi([
  'struct L2TransactionRequestDirect { uint256 chainId; uint256 mintValue; address l2Contract; uint256 l2Value; bytes l2Calldata; uint256 l2GasLimit; uint256 l2GasPerPubdataByteLimit; bytes[] factoryDeps; address refundRecipient; }',
  'struct L2TransactionRequestTwoBridgesOuter { uint256 chainId; uint256 mintValue; uint256 l2Value; uint256 l2GasLimit; uint256 l2GasPerPubdataByteLimit; address refundRecipient; address secondBridgeAddress; uint256 secondBridgeValue; bytes secondBridgeCalldata; }',
  'function requestL2TransactionDirect(L2TransactionRequestDirect _request) payable returns (bytes32 canonicalTxHash)',
  'function requestL2TransactionTwoBridges(L2TransactionRequestTwoBridgesOuter _request) payable returns (bytes32 canonicalTxHash)',
])

/** An L1 transaction to send: where, what, how much ETH. */
export type L1Request = { to: Address; data: Hex; value: bigint }

export type DirectRequestParameters = {
  bridgehub: Address
  l2ChainId: number
  /** Base-token units minted on L2: base cost + L2 value. */
  mintValue: bigint
  /** ETH sent with the L1 transaction: the mint value on an ETH chain, else 0 (approved instead). */
  value: bigint
  l2Contract: Address
  l2Value: bigint
  l2Calldata: Hex
  l2GasLimit: bigint
  /** Zero: the Mailbox refunds the sender (aliased when it is a contract). */
  refundRecipient?: Address | undefined
}

/** `Bridgehub.requestL2TransactionDirect`: a base-token deposit or an arbitrary L2 call. */
export function directRequest(p: DirectRequestParameters): L1Request {
  return {
    to: p.bridgehub,
    value: p.value,
    data: encodeFunctionData({
      abi: bridgehubRequestAbi,
      functionName: 'requestL2TransactionDirect',
      args: [
        {
          chainId: BigInt(p.l2ChainId),
          mintValue: p.mintValue,
          l2Contract: p.l2Contract,
          l2Value: p.l2Value,
          l2Calldata: p.l2Calldata,
          l2GasLimit: p.l2GasLimit,
          l2GasPerPubdataByteLimit: REQUIRED_L1_TO_L2_GAS_PER_PUBDATA,
          factoryDeps: [],
          refundRecipient: p.refundRecipient ?? zeroAddress,
        },
      ],
    }),
  }
}

/**
 * The asset id the native token vault gives an L1 token: `keccak256(abi.encode(originChainId,
 * L2NativeTokenVault, token))` (what `L1NativeTokenVault.assetId(token)` answers once registered).
 */
export function nativeTokenAssetId(originChainId: number, token: Address): Hex {
  return keccak256(
    encodeAbiParameters(
      [{ type: 'uint256' }, { type: 'address' }, { type: 'address' }],
      [BigInt(originChainId), L2_NATIVE_TOKEN_VAULT_ADDRESS, token],
    ),
  )
}

/**
 * The asset router's deposit data (the new format): `0x01 ‖ abi.encode(assetId,
 * abi.encode(amount, receiver, token))`.
 */
export function assetRouterDepositData(p: {
  assetId: Hex
  amount: bigint
  to: Address
  token: Address
}): Hex {
  const transferData = encodeAbiParameters(
    [{ type: 'uint256' }, { type: 'address' }, { type: 'address' }],
    [p.amount, p.to, p.token],
  )
  return concatHex([
    '0x01',
    encodeAbiParameters([{ type: 'bytes32' }, { type: 'bytes' }], [p.assetId, transferData]),
  ])
}

export type TwoBridgesRequestParameters = {
  bridgehub: Address
  l2ChainId: number
  /** The L1 asset router (the second bridge). */
  assetRouter: Address
  /** Base-token units minted on L2: the base cost. */
  mintValue: bigint
  /** ETH sent with the L1 transaction (the base cost on an ETH chain; the amount for ETH to a custom-base chain). */
  value: bigint
  /** ETH the asset router receives (the amount for ETH to a custom-base chain, else 0). */
  secondBridgeValue: bigint
  token: Address
  assetId: Hex
  amount: bigint
  to: Address
  l2GasLimit: bigint
  refundRecipient?: Address | undefined
}

/** `Bridgehub.requestL2TransactionTwoBridges` through the asset router: a token deposit. */
export function twoBridgesRequest(p: TwoBridgesRequestParameters): L1Request {
  return {
    to: p.bridgehub,
    value: p.value,
    data: encodeFunctionData({
      abi: bridgehubRequestAbi,
      functionName: 'requestL2TransactionTwoBridges',
      args: [
        {
          chainId: BigInt(p.l2ChainId),
          mintValue: p.mintValue,
          l2Value: 0n,
          l2GasLimit: p.l2GasLimit,
          l2GasPerPubdataByteLimit: REQUIRED_L1_TO_L2_GAS_PER_PUBDATA,
          refundRecipient: p.refundRecipient ?? zeroAddress,
          secondBridgeAddress: p.assetRouter,
          secondBridgeValue: p.secondBridgeValue,
          secondBridgeCalldata: assetRouterDepositData(p),
        },
      ],
    }),
  }
}
