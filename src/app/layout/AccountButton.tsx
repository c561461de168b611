import { useAccount } from 'wagmi'
import { Button } from '../../components/ui/Button'
import { shortenAddress } from '../../lib/format'
import { DevnetAccountMenu } from '../../wallets/DevnetAccountMenu'
import { DEVNET_WALLET_ID } from '../../wallets/devnetWallet'
import { useWalletModals } from '../../wallets/useWalletModals'

/** "Connect wallet", then the connected account (opens RainbowKit's account modal). */
export function AccountButton() {
  const { address, status, connector, chain } = useAccount()
  const modals = useWalletModals()
  if (!address || status === 'connecting')
    return (
      <Button
        size="sm"
        className="h-9"
        onClick={() => modals.open('connect')}
        onPointerEnter={modals.preload}
        onFocus={modals.preload}
        loading={status === 'connecting' || modals.opening || modals.openModal === 'connect'}
        loadingText="Connecting…"
      >
        <span>
          Connect<span className="hidden sm:inline"> wallet</span>
        </span>
      </Button>
    )
  // A wallet on a chain the app does not know: RainbowKit's chain modal offers a switch.
  const openDetails = () => modals.open(chain ? 'account' : 'chain')
  if (__DEVNET__ && connector?.id === DEVNET_WALLET_ID)
    return <DevnetAccountMenu address={address} onOpenDetails={openDetails} />
  return (
    <button
      type="button"
      onClick={openDetails}
      onPointerEnter={modals.preload}
      aria-label={`Account ${address}. Open account details`}
      className="flex h-9 shrink-0 items-center gap-2 rounded-xl border border-line bg-surface px-2.5 text-sm font-medium whitespace-nowrap text-ink hover:bg-subtle"
    >
      <span
        aria-hidden="true"
        className={`size-2 rounded-full ${status === 'connected' ? 'bg-success' : 'bg-warn'}`}
      />
      <span className="font-mono text-[13px]" data-testid="header-address">
        {shortenAddress(address)}
      </span>
    </button>
  )
}
