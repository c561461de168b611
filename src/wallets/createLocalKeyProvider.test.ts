import { type Hex, verifyMessage, verifyTypedData } from 'viem'
import { mnemonicToAccount } from 'viem/accounts'
import { describe, expect, it, vi } from 'vitest'
import { DEV_MNEMONIC } from '../../devnet/facts'
import { createLocalKeyProvider, ProviderRpcError } from './createLocalKeyProvider'

const accounts = [0, 1].map((addressIndex) => mnemonicToAccount(DEV_MNEMONIC, { addressIndex }))

function setup(options: { authorized?: boolean } = {}) {
  const rpc = vi.fn(async (url: string, body: { method: string; params: unknown[] }) => {
    if (body.method === 'eth_call')
      return { error: { code: 3, message: 'execution reverted', data: '0x08c379a0' } }
    return { result: `${url}:${body.method}` }
  })
  const fetchFn = (async (url: string, init: RequestInit) =>
    new Response(
      JSON.stringify({ jsonrpc: '2.0', id: 1, ...(await rpc(url, JSON.parse(String(init.body)))) }),
    )) as unknown as typeof fetch
  const states: unknown[] = []
  const provider = createLocalKeyProvider({
    accounts,
    chains: [
      { id: 9, rpcUrl: 'http://l1' },
      { id: 270, rpcUrl: 'http://l2' },
    ],
    authorized: options.authorized,
    fetch: fetchFn,
    onStateChange: (state) => states.push(state),
  })
  return { provider, rpc, states }
}

describe('createLocalKeyProvider', () => {
  it('connects on eth_requestAccounts and reports the active account and chain', async () => {
    const { provider, states } = setup()
    expect(await provider.request({ method: 'eth_accounts' })).toEqual([])
    expect(await provider.request({ method: 'eth_requestAccounts' })).toEqual([
      accounts[0]?.address,
    ])
    expect(await provider.request({ method: 'eth_accounts' })).toEqual([accounts[0]?.address])
    expect(await provider.request({ method: 'eth_chainId' })).toBe('0x9')
    expect(await provider.request({ method: 'net_version' })).toBe('9')
    expect(states).toEqual([{ authorized: true, accountIndex: 0, chainId: 9 }])
  })

  it('switches chains and accounts, emitting EIP-1193 events', async () => {
    const { provider } = setup({ authorized: true })
    const chainChanged = vi.fn()
    const accountsChanged = vi.fn()
    provider.on('chainChanged', chainChanged)
    provider.on('accountsChanged', accountsChanged)
    await provider.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: '0x10e' }] })
    expect(chainChanged).toHaveBeenCalledWith('0x10e')
    expect(await provider.request({ method: 'eth_chainId' })).toBe('0x10e')
    provider.setAccountIndex(1)
    expect(accountsChanged).toHaveBeenCalledWith([accounts[1]?.address])
    provider.removeListener('chainChanged', chainChanged)
    provider.setChainId(9)
    expect(chainChanged).toHaveBeenCalledTimes(1)
  })

  it('answers 4902 for an unknown chain, and adds one with wallet_addEthereumChain', async () => {
    const { provider, rpc } = setup()
    await expect(
      provider.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: '0x1' }] }),
    ).rejects.toMatchObject({ code: 4902 })
    await provider.request({
      method: 'wallet_addEthereumChain',
      params: [{ chainId: '0x1', rpcUrls: ['https://eth.example'], chainName: 'Ethereum' }],
    })
    expect(await provider.request({ method: 'eth_chainId' })).toBe('0x1')
    await provider.request({ method: 'eth_blockNumber' })
    expect(rpc).toHaveBeenLastCalledWith(
      'https://eth.example',
      expect.objectContaining({ method: 'eth_blockNumber' }),
    )
  })

  it('forwards reads to the current chain, keeping the node error code and data', async () => {
    const { provider, rpc } = setup()
    expect(await provider.request({ method: 'eth_getBalance', params: ['0x0', 'latest'] })).toBe(
      'http://l1:eth_getBalance',
    )
    provider.setChainId(270)
    expect(await provider.request({ method: 'eth_blockNumber' })).toBe('http://l2:eth_blockNumber')
    const error = await provider.request({ method: 'eth_call', params: [{}] }).catch((e) => e)
    expect(error).toBeInstanceOf(ProviderRpcError)
    expect(error).toMatchObject({ code: 3, message: 'execution reverted', data: '0x08c379a0' })
    expect(rpc).toHaveBeenCalledTimes(3)
  })

  it('signs messages and typed data with the active account', async () => {
    const { provider } = setup({ authorized: true })
    const address = accounts[0]?.address as Hex
    const signature = (await provider.request({
      method: 'personal_sign',
      params: ['0x68656c6c6f', address],
    })) as Hex
    expect(await verifyMessage({ address, message: 'hello', signature })).toBe(true)

    const typedData = {
      domain: { name: 'Ferry', version: '1', chainId: 9 },
      types: {
        EIP712Domain: [
          { name: 'name', type: 'string' },
          { name: 'version', type: 'string' },
          { name: 'chainId', type: 'uint256' },
        ],
        Mail: [{ name: 'contents', type: 'string' }],
      },
      primaryType: 'Mail',
      message: { contents: 'hi' },
    } as const
    const typedSignature = (await provider.request({
      method: 'eth_signTypedData_v4',
      params: [address, JSON.stringify(typedData)],
    })) as Hex
    expect(
      await verifyTypedData({
        address,
        domain: typedData.domain,
        types: { Mail: typedData.types.Mail },
        primaryType: 'Mail',
        message: typedData.message,
        signature: typedSignature,
      }),
    ).toBe(true)
  })

  it('refuses to sign before connecting or for another account', async () => {
    const { provider } = setup()
    await expect(
      provider.request({ method: 'personal_sign', params: ['0x00', accounts[0]?.address] }),
    ).rejects.toMatchObject({ code: 4100 })
    await provider.request({ method: 'eth_requestAccounts' })
    await expect(
      provider.request({ method: 'personal_sign', params: ['0x00', accounts[1]?.address] }),
    ).rejects.toMatchObject({ code: 4100 })
    await expect(provider.request({ method: 'eth_sign', params: [] })).rejects.toMatchObject({
      code: 4200,
    })
  })

  it('disconnects with wallet_revokePermissions', async () => {
    const { provider } = setup({ authorized: true })
    const accountsChanged = vi.fn()
    provider.on('accountsChanged', accountsChanged)
    await provider.request({ method: 'wallet_revokePermissions', params: [{ eth_accounts: {} }] })
    expect(accountsChanged).toHaveBeenCalledWith([])
    expect(await provider.request({ method: 'eth_accounts' })).toEqual([])
  })
})
