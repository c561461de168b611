import { ChainNotConfiguredError, ConnectorChainMismatchError } from '@wagmi/core'
import fc from 'fast-check'
import {
  type Abi,
  type Address,
  BaseError,
  ChainMismatchError,
  ContractFunctionExecutionError,
  ContractFunctionRevertedError,
  createPublicClient,
  createWalletClient,
  custom,
  defineChain,
  encodeErrorResult,
  type Hex,
  http,
  InsufficientFundsError,
  parseAbi,
  parseEther,
  SwitchChainError,
  TimeoutError,
  TransactionExecutionError,
  UserRejectedRequestError,
  WebSocketRequestError,
} from 'viem'
import { describe, expect, it } from 'vitest'
import { bridgeErrorsAbi } from './abi'
import { toUserError, type UserErrorKind } from './toUserError'

const l1 = defineChain({
  id: 9,
  name: 'Devnet L1',
  nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: { default: { http: ['http://127.0.0.1:1'] } },
})
const alice: Address = '0x36615Cf349d7F6344891B1e7CA7C72883F5dc049'
const bridgehub: Address = '0x5FbDB2315678afecb367f032d93F642f64180aa3'
const bridgehubAbi = parseAbi([
  'function requestL2TransactionDirect((uint256 chainId, uint256 mintValue, address l2Contract, uint256 l2Value, bytes l2Calldata, uint256 l2GasLimit, uint256 l2GasPerPubdataByteLimit, bytes[] factoryDeps, address refundRecipient) request) payable returns (bytes32)',
])
const directArgs = [
  {
    chainId: 270n,
    mintValue: 1n,
    l2Contract: alice,
    l2Value: 1n,
    l2Calldata: '0x',
    l2GasLimit: 1n,
    l2GasPerPubdataByteLimit: 800n,
    factoryDeps: [],
    refundRecipient: alice,
  },
] as const

type RpcFailure = { code: number; message: string; data?: unknown }

/**
 * An in-process EIP-1193 provider: answers what viem asks before sending, and fails `method`
 * the way nodes and wallets do. Every error below is built by viem itself from that failure.
 */
function provider(method: string, failure: RpcFailure, chainId = '0x9') {
  return custom(
    {
      async request({ method: called }: { method: string }) {
        if (called === method) throw failure
        switch (called) {
          case 'eth_chainId':
            return chainId
          case 'eth_getBlockByNumber':
            return { number: '0x1', baseFeePerGas: '0x3b9aca00', timestamp: '0x1' }
          case 'eth_maxPriorityFeePerGas':
            return '0x0'
          case 'eth_gasPrice':
            return '0x3b9aca00'
          case 'eth_estimateGas':
            return '0x5208'
          case 'eth_getTransactionCount':
            return '0x0'
          case 'eth_sendTransaction':
            return `0x${'ab'.repeat(32)}`
          default:
            throw { code: -32601, message: `no ${called}` }
        }
      },
    },
    { retryCount: 0 },
  )
}

async function caught(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run()
  } catch (error) {
    return error
  }
  throw new Error('expected a failure')
}

/** Revert data for one of the bridge's custom errors. */
function revertData(errorName: string, args: readonly unknown[] = []): Hex {
  return encodeErrorResult({ abi: bridgeErrorsAbi as Abi, errorName, args })
}

/** `simulateContract` failing the way viem reports a revert (decoded with bridgeErrorsAbi). */
function simulateRevert(data: Hex, abi: Abi = [...bridgehubAbi, ...bridgeErrorsAbi]) {
  const client = createPublicClient({
    chain: l1,
    transport: provider('eth_call', { code: 3, message: 'execution reverted', data }),
  })
  return caught(() =>
    client.simulateContract({
      account: alice,
      address: bridgehub,
      abi,
      functionName: 'requestL2TransactionDirect',
      args: directArgs,
    }),
  )
}

/** `estimateGas`, which viem/zksync's `deposit` runs before `sendTransaction`, failing. */
function estimateFailing(failure: RpcFailure) {
  const client = createPublicClient({ chain: l1, transport: provider('eth_estimateGas', failure) })
  return caught(() =>
    client.estimateGas({ account: alice, to: bridgehub, value: parseEther('1'), data: '0x' }),
  )
}

/** `sendTransaction` through the wallet failing at `method`. */
function sendFailingAt(method: string, failure: RpcFailure, chainId = '0x9') {
  const client = createWalletClient({
    account: alice,
    chain: l1,
    transport: provider(method, failure, chainId),
  })
  return caught(() => client.sendTransaction({ to: bridgehub, value: parseEther('1'), data: '0x' }))
}

const kinds: readonly UserErrorKind[] = [
  'user-rejected',
  'insufficient-funds',
  'insufficient-funds-for-fee',
  'wrong-network',
  'rpc-unreachable',
  'below-min-gas',
  'allowance-too-low',
  'msg-value-too-low',
  'reverted',
  'unknown',
]

describe('toUserError: the wallet', () => {
  it('a bare UserRejectedRequestError', () => {
    expect(toUserError(new UserRejectedRequestError(new Error('x')))).toEqual({
      kind: 'user-rejected',
      title: 'Rejected in your wallet',
      message: 'Nothing was sent. You can try again when you are ready.',
      retryable: true,
    })
  })

  it('a rejection deep inside sendTransaction', async () => {
    const error = await sendFailingAt('eth_sendTransaction', {
      code: 4001,
      message: 'MetaMask Tx Signature: User denied transaction signature.',
    })
    expect(error).toBeInstanceOf(TransactionExecutionError)
    expect(toUserError(error).kind).toBe('user-rejected')
  })

  it('a raw EIP-1193 error object with code 4001 (no viem around it)', () => {
    expect(toUserError({ code: 4001, message: 'denied' }).kind).toBe('user-rejected')
    expect(toUserError(Object.assign(new Error('wrapped'), { cause: { code: 4001 } })).kind).toBe(
      'user-rejected',
    )
  })

  it('is decided by class or code, never by the words of the message', () => {
    expect(toUserError(new Error('User rejected the request.')).kind).toBe('unknown')
    expect(toUserError(new Error('insufficient funds for gas * price + value')).kind).toBe(
      'unknown',
    )
    expect(toUserError(new Error('execution reverted: ValidateTxnNotEnoughGas')).kind).toBe(
      'unknown',
    )
  })
})

describe('toUserError: the network', () => {
  it('the wallet on another chain (viem ChainMismatchError from sendTransaction)', async () => {
    const error = await sendFailingAt('never', { code: 0, message: '' }, '0x1')
    expect((error as BaseError).walk((e) => e instanceof ChainMismatchError)).toBeTruthy()
    expect(toUserError(error)).toMatchObject({ kind: 'wrong-network', retryable: true })
  })

  it('a wallet that does not know the chain (4902 → SwitchChainError)', async () => {
    const wallet = createWalletClient({
      account: alice,
      transport: provider('wallet_switchEthereumChain', {
        code: 4902,
        message: 'Unrecognized chain ID',
      }),
    })
    const error = await caught(() => wallet.switchChain({ id: 9 }))
    expect(error).toBeInstanceOf(SwitchChainError)
    expect(toUserError(error).kind).toBe('wrong-network')
  })

  it("wagmi's ChainNotConfiguredError and ConnectorChainMismatchError", () => {
    expect(toUserError(new ChainNotConfiguredError()).kind).toBe('wrong-network')
    expect(
      toUserError(new ConnectorChainMismatchError({ connectionChainId: 9, connectorChainId: 1 }))
        .kind,
    ).toBe('wrong-network')
  })

  it('an unreachable HTTP RPC (fetch fails) → HttpRequestError', async () => {
    const client = createPublicClient({
      chain: l1,
      transport: http('http://127.0.0.1:1', {
        retryCount: 0,
        fetchFn: async () => {
          throw new TypeError('fetch failed')
        },
      }),
    })
    const error = await caught(() => client.getBlockNumber({ cacheTime: 0 }))
    expect(toUserError(error)).toMatchObject({
      kind: 'rpc-unreachable',
      title: 'Network unreachable',
      retryable: true,
      detail: 'HTTP request failed.',
    })
  })

  it('timeouts, WebSocket failures and disconnected providers', () => {
    expect(toUserError(new TimeoutError({ body: {}, url: 'http://x' })).kind).toBe(
      'rpc-unreachable',
    )
    expect(toUserError(new WebSocketRequestError({ url: 'ws://x' })).kind).toBe('rpc-unreachable')
    expect(toUserError({ code: 4900, message: 'disconnected' }).kind).toBe('rpc-unreachable')
  })
})

describe('toUserError: reverts decoded by custom error name', () => {
  it.each<[string, readonly unknown[], UserErrorKind]>([
    ['ValidateTxnNotEnoughGas', [], 'below-min-gas'],
    ['TxnBodyGasLimitNotEnoughGas', [], 'below-min-gas'],
    ['MsgValueTooLow', [1000n, 999n], 'msg-value-too-low'],
    ['ERC20InsufficientAllowance', [bridgehub, 0n, 5n], 'allowance-too-low'],
    ['ERC20InsufficientBalance', [alice, 1n, 5n], 'insufficient-funds'],
    ['WithdrawalAlreadyFinalized', [], 'reverted'],
    ['TokensWithFeesNotSupported', [], 'reverted'],
  ])('%s → %s (simulateContract)', async (errorName, args, kind) => {
    const error = await simulateRevert(revertData(errorName, args))
    // the chain is what viem builds: ContractFunctionExecutionError → ContractFunctionRevertedError
    expect(error).toBeInstanceOf(ContractFunctionExecutionError)
    const revert = (error as BaseError).walk((e) => e instanceof ContractFunctionRevertedError)
    expect((revert as ContractFunctionRevertedError).data?.errorName).toBe(errorName)
    expect(toUserError(error).kind).toBe(kind)
  })

  it('puts the decoded error and its arguments in the detail', async () => {
    const error = await simulateRevert(revertData('MsgValueTooLow', [1000n, 999n]))
    expect(toUserError(error)).toEqual({
      kind: 'msg-value-too-low',
      title: 'Fees went up',
      message:
        'The L2 fee rose above what this transaction pays. Review the new fee and try again.',
      retryable: true,
      detail: 'MsgValueTooLow(1000, 999)',
    })
  })

  it('a hand-built ContractFunctionExecutionError around a ContractFunctionRevertedError', () => {
    const abi = [...bridgehubAbi, ...bridgeErrorsAbi]
    const error = new ContractFunctionExecutionError(
      new ContractFunctionRevertedError({
        abi,
        data: revertData('ValidateTxnNotEnoughGas'),
        functionName: 'requestL2TransactionDirect',
      }),
      { abi, functionName: 'requestL2TransactionDirect', args: directArgs },
    )
    expect(toUserError(error)).toMatchObject({
      kind: 'below-min-gas',
      retryable: false,
      detail: 'ValidateTxnNotEnoughGas',
    })
  })

  it('decodes raw revert data when viem could not (estimateGas, as deposit runs it)', async () => {
    const error = await estimateFailing({
      code: 3,
      message: 'execution reverted',
      data: revertData('ValidateTxnNotEnoughGas'),
    })
    expect((error as BaseError).walk((e) => e instanceof ContractFunctionRevertedError)).toBeNull()
    expect(toUserError(error).kind).toBe('below-min-gas')
  })

  it('finds revert data nested the MetaMask way (data.data), from the wallet', async () => {
    const error = await sendFailingAt('eth_sendTransaction', {
      code: -32603,
      message: 'Internal JSON-RPC error.',
      data: {
        code: 3,
        message: 'execution reverted',
        data: revertData('MsgValueTooLow', [2n, 1n]),
      },
    })
    expect(toUserError(error).kind).toBe('msg-value-too-low')
  })

  it("an Error(string) reason is shown, not interpreted (OpenZeppelin 4's allowance text)", async () => {
    const data = encodeErrorResult({
      abi: [{ type: 'error', name: 'Error', inputs: [{ name: 'message', type: 'string' }] }],
      errorName: 'Error',
      args: ['ERC20: insufficient allowance'],
    })
    const error = await simulateRevert(data)
    expect(toUserError(error)).toEqual({
      kind: 'reverted',
      title: 'Transaction would fail',
      message: 'The transaction would fail: "ERC20: insufficient allowance".',
      retryable: false,
      detail: 'ERC20: insufficient allowance',
    })
  })

  it('a custom error outside the ABI is a plain revert with the signature as detail', async () => {
    const error = await simulateRevert('0xdeadbeef', bridgehubAbi)
    const user = toUserError(error)
    expect(user.kind).toBe('reverted')
    expect(user.detail).toContain('0xdeadbeef')
  })

  it('a known error that is not in the ABI viem used is still decoded from the raw data', async () => {
    const error = await simulateRevert(revertData('TxnBodyGasLimitNotEnoughGas'), bridgehubAbi)
    expect(toUserError(error).kind).toBe('below-min-gas')
  })
})

describe('toUserError: funds', () => {
  it('InsufficientFundsError from the node, through estimateGas', async () => {
    const error = await estimateFailing({
      code: -32000,
      message: 'insufficient funds for gas * price + value',
    })
    expect((error as BaseError).walk((e) => e instanceof InsufficientFundsError)).toBeTruthy()
    expect(toUserError(error).kind).toBe('insufficient-funds')
    expect(toUserError(error, { value: parseEther('1'), balance: parseEther('0.5') }).kind).toBe(
      'insufficient-funds',
    )
  })

  it('is the fee when nothing (or less than the balance) is sent', () => {
    const error = new InsufficientFundsError()
    expect(toUserError(error, { value: 0n })).toMatchObject({
      kind: 'insufficient-funds-for-fee',
      message: 'You need more ETH to pay the network fee. Add ETH or send less.',
    })
    expect(
      toUserError(error, { value: parseEther('1'), balance: parseEther('1.5') }),
    ).toMatchObject({
      kind: 'insufficient-funds-for-fee',
      message: 'Your 1.5 ETH does not cover the network fee. Add ETH or send less.',
    })
  })
})

describe('toUserError: anything else', () => {
  it('unknown errors get a generic message and viem’s short message', () => {
    const error = new BaseError('Something odd.', { details: 'deep details' })
    expect(toUserError(error)).toEqual({
      kind: 'unknown',
      title: 'Something went wrong',
      message: 'The request failed. Try again; if it keeps failing, the details below may help.',
      retryable: true,
      detail: 'Something odd.',
    })
  })

  it('survives cycles and non-errors', () => {
    const loop = new Error('loop') as Error & { cause?: unknown }
    loop.cause = loop
    expect(toUserError(loop).kind).toBe('unknown')
    for (const value of [undefined, null, 0, 'text', [], {}]) {
      expect(kinds).toContain(toUserError(value).kind)
    }
  })

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withNullPrototype: true }), (value) => {
        const user = toUserError(value)
        expect(kinds).toContain(user.kind)
        expect(user.title.length).toBeGreaterThan(0)
      }),
    )
  })
})
