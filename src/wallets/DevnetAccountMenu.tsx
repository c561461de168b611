import { useSyncExternalStore } from 'react'
import { useConfig, useDisconnect } from 'wagmi'
import { ChevronDownIcon } from '../components/ui/icons'
import { Menu } from '../components/ui/Menu'
import { shortenAddress } from '../lib/format'
import { getDevnetProvider } from './devnetProvider'

export type DevnetAccountMenuProps = {
  /** The connected address (shown on the button). */
  address: string
  onOpenDetails?: () => void
}

/** Account button of the Devnet test wallet: pick one of the ten dev accounts, or disconnect. */
export function DevnetAccountMenu({ address, onOpenDetails }: DevnetAccountMenuProps) {
  const config = useConfig()
  const provider = getDevnetProvider(config.chains)
  const snapshot = useSyncExternalStore(provider.subscribe, provider.getSnapshot)
  const { disconnect } = useDisconnect()
  const accounts = snapshot.addresses ?? []
  return (
    <Menu
      label={`Devnet test wallet, account ${snapshot.accountIndex}: ${address}. Switch account`}
      radio
      align="end"
      width={300}
      data-testid="devnet-account-menu"
      triggerClassName="flex h-9 shrink-0 items-center gap-1.5 rounded-xl border border-line bg-surface pr-1.5 pl-2.5 text-sm font-medium whitespace-nowrap text-ink hover:bg-subtle sm:gap-2"
      trigger={
        <>
          <span aria-hidden="true" className="size-2 rounded-full bg-success" />
          <span className="hidden text-xs text-muted sm:inline">#{snapshot.accountIndex}</span>
          <span className="font-mono text-[13px]" data-testid="header-address">
            {shortenAddress(address)}
          </span>
          <ChevronDownIcon className="size-4 text-muted" />
        </>
      }
      sections={[
        {
          label: 'Devnet test wallet',
          items: accounts.map((account, index) => ({
            id: account,
            label: `Account ${index}`,
            aside: <span className="font-mono">{shortenAddress(account, 6)}</span>,
            selected: index === snapshot.accountIndex,
            onSelect: () => void provider.setAccountIndex(index),
          })),
        },
        {
          items: [
            ...(onOpenDetails
              ? [{ id: 'details', label: 'Wallet details', onSelect: onOpenDetails }]
              : []),
            { id: 'disconnect', label: 'Disconnect', onSelect: () => disconnect() },
          ],
        },
      ]}
    />
  )
}
