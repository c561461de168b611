import type {
  RainbowKitWalletConnectParameters,
  Wallet,
  WalletDetailsParams,
  WalletList,
} from '@rainbow-me/rainbowkit'
import type { CreateConnectorFn } from 'wagmi'

// A port of RainbowKit 2.2's `connectorsForWallets` (MIT, rainbow-me/rainbowkit,
// src/wallets/connectorsForWallets.ts), same behaviour and output. It exists because the
// original lives in RainbowKit's single main module: importing it at boot would pull the
// whole of RainbowKit (modals, ENS normalization, QR code…) into the first-load bundle, while
// Ferry loads RainbowKit's UI only when a wallet modal opens (WalletModalsProvider).
// The connectors carry `rkDetails`, which RainbowKit's modal reads to list and group wallets.

export type ConnectorsForWalletsParameters = {
  projectId: string
  appName: string
  appDescription?: string
  appUrl?: string
  appIcon?: string
  walletConnectParameters?: RainbowKitWalletConnectParameters
}

function omitUndefinedValues<value extends Record<string, unknown>>(object: value): value {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as value
}

/** Turns RainbowKit wallet groups into wagmi connectors (RainbowKit's own algorithm). */
export function connectorsForWallets(
  walletList: WalletList,
  parameters: ConnectorsForWalletsParameters,
): CreateConnectorFn[] {
  const { projectId, walletConnectParameters, appName, appDescription, appUrl, appIcon } =
    parameters
  if (walletList.length === 0) throw new Error('No wallet list was provided')
  for (const { wallets, groupName } of walletList)
    if (wallets.length === 0) throw new Error(`No wallets provided for group: ${groupName}`)

  const metadata = {
    name: appName,
    description: appDescription ?? appName,
    url: appUrl ?? (typeof window !== 'undefined' ? window.location.origin : ''),
    icons: appIcon ? [appIcon] : [],
  }

  type Item = Wallet & { groupIndex: number; groupName: string; index: number }
  let index = -1
  const visible: Item[] = []
  const potentiallyHidden: Item[] = []
  for (const [groupIndex, { groupName, wallets }] of walletList.entries()) {
    for (const createWallet of wallets) {
      index++
      const wallet = createWallet({
        projectId,
        appName,
        appIcon,
        options: { metadata, ...walletConnectParameters },
        walletConnectParameters: { metadata, ...walletConnectParameters },
      })
      if (wallet.iconAccent && !/^#([0-9a-f]{3}){1,2}$/i.test(wallet.iconAccent))
        throw new Error(`Property \`iconAccent\` is not a hex value for wallet: ${wallet.name}`)
      const item = { ...wallet, groupIndex: groupIndex + 1, groupName, index }
      if (typeof wallet.hidden === 'function') potentiallyHidden.push(item)
      else visible.push(item)
    }
  }

  const unique: Item[] = []
  for (const item of [...visible, ...potentiallyHidden])
    if (!unique.some((u) => u.id === item.id)) unique.push(item)

  const connectors: CreateConnectorFn[] = []
  for (const { createConnector, groupIndex, groupName, hidden, ...walletMeta } of unique) {
    if (typeof hidden === 'function' && hidden()) continue
    const details = (extra?: Record<string, unknown>): WalletDetailsParams => ({
      rkDetails: omitUndefinedValues({
        ...walletMeta,
        groupIndex,
        groupName,
        isRainbowKitConnector: true,
        ...extra,
      }) as WalletDetailsParams['rkDetails'],
    })
    // WalletConnect appears twice: once with RainbowKit's QR code, once with WalletConnect's modal.
    if (walletMeta.id === 'walletConnect')
      connectors.push(
        createConnector(details({ isWalletConnectModalConnector: true, showQrModal: true })),
      )
    connectors.push(createConnector(details()))
  }
  return connectors
}
